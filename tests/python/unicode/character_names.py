# \N{...} escapes and the namereplace error handler know the characters of Unicode 14, as CPython 3.11 does:
# none added later, whatever the JDK knows.

for source in (r"'\N{GREEK SMALL LETTER FINAL SIGMA}'", r"'\N{CJK UNIFIED IDEOGRAPH-4E00}'",
               r"'\N{HANGUL SYLLABLE GAG}'",
               r"'\N{SHAKING FACE}'",                      # Unicode 15
               r"'\N{KAWI LETTER A}'",                     # Unicode 15
               r"'\N{CJK UNIFIED IDEOGRAPH-31350}'",       # CJK extension H, Unicode 15
               r"'\N{LATIN CAPITAL LETTER LAMBDA WITH STROKE}'"):  # Unicode 16
    try:
        print(ascii(eval(source)))
    except SyntaxError as e:
        print('SyntaxError:', e.msg)

for c in ('\u03c2', '\u4e00', '\U0001fae8', '\U00011f04', '\U00031350', '\ua7dc'):
    print(c.encode('ascii', 'namereplace'))
