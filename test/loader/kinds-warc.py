#!/usr/bin/env python3
"""kinds-warc.py -- writes a small web archive with one record of each kind
the loader tells apart, plain (FILE.warc) and gzipped as a whole
(FILE-whole.warc.gz).

    test/loader/kinds-warc.py FILE

Documents: a.html (Latin-1 by its HTTP charset), b.txt (plain text),
g.html (gzip, chunked), h.html (deflate).  Not documents: c.html (a
revisit), d (a redirect), e.html (404), f.png (a picture), i.html (br,
which the loader cannot undo: it fails).  The fuzz target's seeds
(test/fuzz/corpus/warc/kinds*) are this script's output.
"""
import gzip
import sys
import zlib

PAGE = "<html><head><title>Sida</title></head><body><h1>%s</h1><p>Kommunerna samverkar.</p></body></html>"


def record(warc_type, uri, block, content_type="application/http;msgtype=response"):
    head = ["WARC/1.0", "WARC-Type: " + warc_type, "WARC-Date: 2026-01-02T03:04:05Z"]
    if uri:
        head.append("WARC-Target-URI: <%s>" % uri)
    head += ["Content-Type: " + content_type, "Content-Length: %d" % len(block)]
    return ("\r\n".join(head) + "\r\n\r\n").encode() + block + b"\r\n\r\n"


def http(status, headers, body):
    lines = ["HTTP/1.1 " + status] + headers
    return ("\r\n".join(lines) + "\r\n\r\n").encode() + body


def chunked(body, size=40):
    out = b""
    for i in range(0, len(body), size):
        part = body[i:i + size]
        out += b"%x\r\n" % len(part) + part + b"\r\n"
    return out + b"0\r\n\r\n"


def main():
    base = sys.argv[1]
    out = record("warcinfo", None, b"software: kinds-warc.py\r\n", "application/warc-fields")
    out += record("response", "http://x.example/a.html",
                  http("200 OK", ["Content-Type: text/html; charset=iso-8859-1"],
                       (PAGE % "Malmö och Lund").encode("latin-1")))
    out += record("response", "http://x.example/b.txt",
                  http("200 OK", ["Content-Type: text/plain; charset=utf-8"],
                       "Titel\n\nMalmö och Lund samverkar.\n".encode()))
    out += record("revisit", "http://x.example/c.html",
                  http("200 OK", ["Content-Type: text/html"], b""))
    out += record("response", "http://x.example/d",
                  http("301 Moved Permanently", ["Location: /d/"], b""))
    out += record("response", "http://x.example/e.html",
                  http("404 Not Found", ["Content-Type: text/html"], b"<h1>no</h1>"))
    out += record("response", "http://x.example/f.png",
                  http("200 OK", ["Content-Type: image/png"], b"\x89PNG\r\n\x1a\n"))
    out += record("response", "http://x.example/g.html",
                  http("200 OK", ["Content-Type: text/html; charset=utf-8", "Content-Encoding: gzip",
                                  "Transfer-Encoding: chunked"],
                       chunked(gzip.compress((PAGE % "Gzip i bitar").encode()))))
    raw = zlib.compressobj(wbits=-15)
    out += record("response", "http://x.example/h.html",
                  http("200 OK", ["Content-Type: text/html; charset=utf-8", "Content-Encoding: deflate"],
                       raw.compress((PAGE % "Deflate utan omslag").encode()) + raw.flush()))
    out += record("response", "http://x.example/i.html",
                  http("200 OK", ["Content-Type: text/html", "Content-Encoding: br"], b"\x0b\x02\x80"))
    with open(base + ".warc", "wb") as f:
        f.write(out)
    with open(base + "-whole.warc.gz", "wb") as f:
        f.write(gzip.compress(out))


main()
