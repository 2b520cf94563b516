# Where Python reads Unicode decimal digits and whitespace beyond str methods: int(), float(), complex() and
# the width and precision of format specifications. Tangsa (U+16AC0-U+16AC9) is new in Unicode 14;
# mathematical digits (U+1D7CE...) lie outside the BMP.

cases = (
    "int('\u0663\u0664')", "int('\U00016ac3\U00016ac4')", "int('\U0001d7cf\U0001d7d0')", "int('\u0661\u0662', 16)",
    "float(' \u0663.5\u2003')", "float('\u0661\u066b\u0665')", "complex('\u0661+\u0662j')",
    "int('\\x1c5')", "float('5\\x1f')", "int('\\x0b5\\x0c')", "int('\u00b2')", "int('\U0001e4f3')",
    "format(5, '\u0661\u0660')", "'{:\u0662}'.format(7)", "format(3.14159, '.\U00016ac2f')",
    "format(1, '\U0001d7cf\U0001d7ceb')", "format(2, '\u0660\u0665')", "format(1, '99999999999999999999')",
    "'%\u0661d' % 5", "'%\u00e9' % 5",
)
for source in cases:
    try:
        print(source, '->', repr(eval(source)))
    except (ValueError, TypeError) as e:
        print(source, '->', type(e).__name__, e)
