#!/usr/bin/env python3
"""Regenerate src/main/resources/krait/unicode/unicode14.bin: the Unicode 14 character properties and case
mappings that CPython 3.11's str methods observe, so that Krait answers the same on every JDK (Java's Character
knows Unicode 13 on JDK 17 and 16 on JDK 25).

Usage: python3 tools/gen_unicode_data.py   (run with CPython 3.11)

Every value but titlecase and assignment (from unicodedata.category), display width (unicodedata.east_asian_width,
which CPython's tracebacks use to place their carets) and NFKC (unicodedata.normalize) is what
CPython's own str methods answer for one character, so the file encodes behaviour rather than a reading of the
Unicode Character Database. dev.krait.unicode.UnicodeTables reads it.

Format (big-endian, as java.io.DataInputStream reads it):
  int P, then P ints: the distinct property words (bits below; decimal digit value in bits 17-20; WIDE is bit 21)
  int B, then 0x1100 chars: for each 256-code-point page, the index of its block among B distinct blocks
  B * 256 bytes: the blocks, each byte an index into the property words
  five mapping tables, in the order upper, lower, title, casefold, and NFKC of the characters that may continue
  an identifier (the lexer normalises identifiers): int N, then N entries of
      int code point, byte length, length ints (the mapping), sorted by code point; only characters that change
"""

import os
import struct
import sys
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "src", "main", "resources", "krait", "unicode", "unicode14.bin")

# Bit numbers; dev.krait.unicode.UnicodeChars declares the same.
ALPHA, DECIMAL, DIGIT, NUMERIC, SPACE, PRINTABLE, LOWER, UPPER, TITLE, CASE_IGNORABLE, IDENTIFIER_START, \
    IDENTIFIER_PART, CHANGES_UPPER, CHANGES_LOWER, CHANGES_TITLE, CHANGES_FOLD, ASSIGNED = range(17)
DECIMAL_VALUE_SHIFT = 17
WIDE = 21
PAGE = 256
MAX_CODE_POINT = 0x10FFFF


def case_ignorable(c):
    """Case_Ignorable, seen through final sigma: skipped when looking for a cased letter before a capital sigma."""
    after_cased = ("A" + c + "\u03a3").lower()[-1] == "\u03c2"
    alone = (c + "\u03a3").lower()[-1] == "\u03c3"
    return after_cased and alone


def identifier_nfkc(c):
    return unicodedata.normalize("NFKC", c) if ("a" + c).isidentifier() else c


def properties(cp):
    c = chr(cp)
    bits = {
        ALPHA: c.isalpha(), DECIMAL: c.isdecimal(), DIGIT: c.isdigit(), NUMERIC: c.isnumeric(),
        SPACE: c.isspace(), PRINTABLE: c.isprintable(), LOWER: c.islower(), UPPER: c.isupper(),
        TITLE: unicodedata.category(c) == "Lt",
        CASE_IGNORABLE: case_ignorable(c),
        IDENTIFIER_START: c.isidentifier(), IDENTIFIER_PART: ("a" + c).isidentifier(),
        CHANGES_UPPER: c.upper() != c, CHANGES_LOWER: c.lower() != c, CHANGES_TITLE: c.title() != c,
        CHANGES_FOLD: c.casefold() != c, ASSIGNED: unicodedata.category(c) != "Cn",
    }
    word = sum(1 << bit for bit, on in bits.items() if on)
    if c.isdecimal():
        word |= int(c) << DECIMAL_VALUE_SHIFT
    if unicodedata.east_asian_width(c) in "WF":
        word |= 1 << WIDE
    return word


def main():
    if sys.version_info[:2] != (3, 11):
        sys.exit("run this with CPython 3.11 (Unicode 14)")
    words = [properties(cp) for cp in range(MAX_CODE_POINT + 1)]
    distinct = sorted(set(words))
    if len(distinct) > 256:
        sys.exit("more than 256 distinct property words: widen the block entries")
    index_of = {w: i for i, w in enumerate(distinct)}
    blocks, page_blocks, block_index = [], [], {}
    for start in range(0, MAX_CODE_POINT + 1, PAGE):
        block = bytes(index_of[w] for w in words[start:start + PAGE])
        if block not in block_index:
            block_index[block] = len(blocks)
            blocks.append(block)
        page_blocks.append(block_index[block])
    out = bytearray()
    out += struct.pack(f">i{len(distinct)}i", len(distinct), *distinct)
    out += struct.pack(f">i{len(page_blocks)}H", len(blocks), *page_blocks)
    out += b"".join(blocks)
    for mapping in (str.upper, str.lower, str.title, str.casefold, identifier_nfkc):
        entries = [(cp, mapping(chr(cp))) for cp in range(MAX_CODE_POINT + 1) if mapping(chr(cp)) != chr(cp)]
        out += struct.pack(">i", len(entries))
        for cp, mapped in entries:
            out += struct.pack(f">ib{len(mapped)}i", cp, len(mapped), *map(ord, mapped))
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "wb") as f:
        f.write(out)
    print(f"{OUT}: {len(out)} bytes, {len(distinct)} property words, {len(blocks)} blocks")


if __name__ == "__main__":
    main()
