# Every code point's observable character properties, as a digest per 4096-code-point block: the str
# predicates, the case mappings, repr() (printability), split() (whitespace), identifier characters, decimal
# digit values and final sigma (cased and case-ignorable characters). CPython 3.11 answers from Unicode 14; a
# digest that differs shows the block of a character on which Krait does not (as a JDK with an older or newer
# Unicode would). Surrogates are left out: they are checked one by one in character_properties.py, since a
# string of them all would hold high-low pairs.

BLOCK = 4096
MODULUS = 2**61 - 1
SIGMA = '\u03a3'
PREDICATES = (str.isalpha, str.isalnum, str.isdecimal, str.isdigit, str.isnumeric, str.isspace,
              str.isprintable, str.islower, str.isupper, str.istitle, str.isidentifier)


def digest(text):
    return int.from_bytes(text.encode('utf-8'), 'big') % MODULUS


def observations(chars):
    """What Python shows of these characters, each item a string."""
    for predicate in PREDICATES:
        yield ''.join(filter(predicate, chars))
    yield ''.join(filter(str.isidentifier, map('a'.__add__, chars)))
    for mapping in (str.upper, str.lower, str.title, str.casefold, str.swapcase):
        yield mapping(chars)
    # One character at a time, title() is the titlecase mapping (capitalize() is the same).
    yield ''.join(map(str.title, chars))
    yield ''.join(map(str, map(int, filter(str.isdecimal, chars))))
    yield '|'.join(chars.split())
    yield repr(chars)
    # A sigma ending a word is final: the first shows the uncased characters that are not case-ignorable, the
    # second the cased ones that are not.
    yield ('A' + SIGMA).join(chars).lower()
    yield (SIGMA + ' ').join(chars).lower()


for start in range(0, 0x110000, BLOCK):
    codes = range(start, min(start + BLOCK, 0xD800)) if start == 0xD000 else range(start, start + BLOCK)
    print(f'{start:06x}', digest('\0'.join(observations(''.join(map(chr, codes))))))
