#!/usr/bin/env python3
"""Regenerate src/main/resources/krait/codecs/aliases.txt: CPython 3.11's encoding aliases, which Krait uses to
find a codec from the name a program gives (after normalising it as CPython does).

Usage: python3 tools/gen_codec_aliases.py   (run with CPython 3.11)

Format: one "ALIAS CODEC" pair a line, both normalised names ("windows_1252 cp1252"); CODEC is the name of
CPython's codec module. Krait decides which of those codecs it implements.
"""

import os
from encodings.aliases import aliases

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "src", "main", "resources", "krait", "codecs", "aliases.txt")


def main():
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="ascii", newline="\n") as f:
        for alias, codec in sorted(aliases.items()):
            f.write(f"{alias} {codec}\n")


if __name__ == "__main__":
    main()
