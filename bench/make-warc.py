#!/usr/bin/env python3
"""make-warc.py -- writes HTML files into a web archive as crawlers do.

    bench/make-warc.py ARCHIVE.warc.gz FILE...

Each file becomes a WARC/1.1 response record (HTTP/1.1 200, text/html with
a charset) in a gzip member of its own, as wget, Heritrix and Browsertrix
write them, preceded by a warcinfo record.  The URI of a file is
https://bench.example.se/NAME.
"""
import gzip
import os
import sys
import uuid
from datetime import datetime, timezone


def record(warc_type, headers, block):
    lines = ["WARC/1.1", "WARC-Type: " + warc_type,
             "WARC-Record-ID: <urn:uuid:%s>" % uuid.uuid4(),
             "WARC-Date: " + datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")]
    lines += headers
    lines.append("Content-Length: %d" % len(block))
    head = ("\r\n".join(lines) + "\r\n\r\n").encode("utf-8")
    return gzip.compress(head + block + b"\r\n\r\n", compresslevel=6)


def main():
    archive, files = sys.argv[1], sys.argv[2:]
    with open(archive, "wb") as out:
        out.write(record("warcinfo", ["Content-Type: application/warc-fields"],
                         b"software: skanecoop bench/make-warc.py\r\n"))
        for path in files:
            with open(path, "rb") as f:
                body = f.read()
            http = ("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"
                    "Content-Length: %d\r\n\r\n" % len(body)).encode("ascii") + body
            uri = "https://bench.example.se/" + os.path.basename(path)
            out.write(record("response", ["WARC-Target-URI: " + uri,
                                          "Content-Type: application/http; msgtype=response"],
                             http))


main()
