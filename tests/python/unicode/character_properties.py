# Characters whose properties changed between Unicode 13 (JDK 17), 14 (CPython 3.11) and 16 (JDK 25):
# Krait must answer as CPython 3.11 does on every JDK.

def show(c):
    flags = ''.join(name[2] if getattr(c, name)() else '.' for name in
                    ('isalpha', 'isalnum', 'isdecimal', 'isdigit', 'isnumeric', 'isspace', 'isprintable',
                     'islower', 'isupper', 'istitle', 'isidentifier'))
    print(f'U+{ord(c):04X}', flags, repr(c), ascii(c), repr(c.upper()), repr(c.lower()), repr(c.title()),
          repr(c.casefold()), repr(c.swapcase()))


for cp in (
    0x1FAE8,  # SHAKING FACE, Unicode 15: unassigned in 14, so repr() escapes it
    0x019B,   # LATIN SMALL LETTER LAMBDA WITH STROKE: an uppercase (U+A7DC) only since Unicode 16
    0x11F04,  # KAWI LETTER A, Unicode 15
    0x2E5D,   # OBLIQUE HYPHEN, Unicode 14: printable in 3.11, unassigned on JDK 17
    0x1E290,  # TOTO LETTER PA, Unicode 14
    0x16AC3,  # TANGSA DIGIT THREE, Unicode 14: a decimal digit
    0x1E4F3,  # NAG MUNDARI DIGIT THREE, Unicode 15: not a digit yet
    0x0870,   # ARABIC LETTER ALEF WITH ATTACHED FATHA, Unicode 14
    0x10570,  # VITHKUQI CAPITAL LETTER A, Unicode 14: cased
    0x10597,  # VITHKUQI SMALL LETTER A
    0x1DF00,  # LATIN SMALL LETTER FENG DIGRAPH WITH TRILL, Unicode 14
    0x0CDD,   # KANNADA LETTER NAKAARA POLLU, Unicode 14
    0x1F6DD,  # PLAYGROUND SLIDE, Unicode 14
    0x00DF, 0x0130, 0x01C5, 0x1E9E, 0x1F80, 0xFB03, 0x0345, 0x13A0, 0xAB70, 0x03A3, 0x2160, 0x00B2, 0x2155,
    0x4E00, 0x0661, 0x0085, 0x00A0, 0x1680, 0x2028, 0x200B, 0x001C, 0x00AD, 0xD800, 0xDFFF, 0xE000, 0x10FFFF,
):
    show(chr(cp))

# Final sigma looks past case-ignorable characters (here U+0345 and an apostrophe) for cased ones.
for word in ('ΟΔΟΣ', 'ΟΔΟΣ.', 'Σ', 'AΣ\u0345', "AΣ'A", 'AΣ\u0345B', 'ἈΣ', '\U00010570Σ',
             'ΣΑΣ ΣΑΣ'):
    print(repr(word), repr(word.lower()), repr(word.title()), repr(word.capitalize()), repr(word.swapcase()))

print('ß'.upper(), 'ﬃ'.upper(), 'ǆ'.title(), 'ǆ'.capitalize(), 'İ'.lower(), len('İ'.lower()), 'ẞ'.casefold())
print('ǅ'.istitle(), 'ǅa'.istitle(), 'Ǆa'.istitle(), 'ǅ'.isupper(), 'ǅ'.islower())

# int() and float() read any Unicode decimal digits, including those new in Unicode 14.
print(int('\u0663\u0664'), int('\U00016ac3\U00016ac4'), float('\u0661.\u0665'), int(' \u2003\u0667\u3000'))
for text in ('\U0001e4f3', '\u00b2', '\u2155', '\u4e00'):
    try:
        print(int(text))
    except ValueError as e:
        print('ValueError:', e)

# Whitespace: split() and strip() use the same characters as isspace().
print('a\u0085b\u00a0c\u1680d\u2028e\x1cf\u200bg\u180eh'.split())
print(repr('\u3000 x \u205f'.strip()))

# Identifiers: the lexer and isidentifier() agree on Unicode 14 letters and reject newer ones.
exec('\U0001e290 = 5\nprint(\U0001e290 + 1)')
print('\U0001e290'.isidentifier(), '\U00011f04'.isidentifier(), 'a\U00016ac3'.isidentifier())
for source in ('\U00011f04 = 1', 'x\U0001fae8 = 1', 'x\u2e5d = 1'):
    try:
        exec(source)
    except SyntaxError as e:
        print('SyntaxError:', e.msg)
