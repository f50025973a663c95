#!/usr/bin/env python3
"""make-pages.py -- writes the eleven pages of the charset test into a folder,
with a manifest that gives two of them the charset of an HTTP header.

    test/loader/charsets/make-pages.py FOLDER

Every page has the same title and paragraph, which hold letters each
encoding has (å ö ø, the euro sign, the ligature Œ); each is stored
correctly only if its charset is found as a browser finds it: byte-order
mark, then HTTP charset, then <meta> in the first 1024 bytes, then UTF-8
if the bytes are valid UTF-8, else windows-1252.
"""
import os
import sys

TITLE = "Malmö, Køge, € och Œ"
BODY = "Avgiften är 21 € per år."
PAGE = ("<!DOCTYPE html><html><head>{meta}<title>Sida</title></head>"
        "<body><main><h1>" + TITLE + "</h1><p>" + BODY + "</p></main></body></html>")

# name: (bytes, HTTP charset or None)
PAGES = {
    "utf8-meta": (PAGE.format(meta='<meta charset="utf-8">').encode("utf-8"), None),
    "utf8-bare": (PAGE.format(meta="").encode("utf-8"), None),
    # the HTTP charset wins over a wrong <meta>
    "utf8-http": (PAGE.format(meta='<meta charset="iso-8859-1">').encode("utf-8"), "UTF-8"),
    # a byte-order mark wins over everything
    "utf8-bom": (b"\xef\xbb\xbf" + PAGE.format(meta='<meta charset="windows-1252">').encode("utf-8"),
                 None),
    "utf16le-bom": (b"\xff\xfe" + PAGE.format(meta="").encode("utf-16-le"), None),
    "utf16be-bom": (b"\xfe\xff" + PAGE.format(meta="").encode("utf-16-be"), None),
    "cp1252-meta": (PAGE.format(meta='<meta charset="windows-1252">').encode("cp1252"), None),
    # latin1 is windows-1252 to a browser: 0x80 is the euro sign
    "latin1-http-equiv": (PAGE.format(
        meta='<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">')
        .encode("cp1252"), None),
    "cp1252-bare": (PAGE.format(meta="").encode("cp1252"), None),
    "cp1252-http": (PAGE.format(meta="").encode("cp1252"), "latin1"),
    # a <meta> after a comment that mentions another charset
    "iso-8859-15-meta": (PAGE.format(
        meta='<!-- <meta charset="utf-8"> --><meta charset=\'l9\'>').encode("iso-8859-15"), None),
}


def main():
    folder = sys.argv[1]
    os.makedirs(folder, exist_ok=True)
    lines = ['<manifest xmlns="urn:skanecoop:manifest:1">']
    for name, (data, charset) in PAGES.items():
        with open(os.path.join(folder, name + ".html"), "wb") as f:
            f.write(data)
        attribute = ' charset="%s"' % charset if charset else ""
        lines.append('  <document file="%s.html" uri="urn:test:charset:%s"%s/>' % (name, name, attribute))
    lines.append("</manifest>")
    with open(os.path.join(folder, "manifest.xml"), "w") as f:
        f.write("\n".join(lines) + "\n")


main()
