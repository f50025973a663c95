#!/usr/bin/env python3
"""gzip-members.py -- the byte offsets of the gzip members of a file, one a
line, as the loader reports them (an archive of one member a record has a
member for each record).

    test/loader/gzip-members.py FILE.warc.gz
"""
import sys
import zlib


def main():
    data = open(sys.argv[1], "rb").read()
    at = 0
    while at < len(data):
        print(at)
        member = zlib.decompressobj(31)
        member.decompress(data[at:])
        if not member.eof:
            break
        at = len(data) - len(member.unused_data)


main()
