# the same numbers through %-formatting, str.format and f-strings give identical text
tests = [('%5d', '{:5d}', 42), ('%-8.3f', '{:<8.3f}', 3.14159), ('%+e', '{:+e}', 12345.678), ('%#x', '{:#x}', 255),
         ('%o', '{:o}', 64), ('%010.2f', '{:010.2f}', -2.5), ('%.3g', '{:.3g}', 0.000123456), ('%G', '{:G}', 1e-20),
         ('%s', '{!s}', 1.5), ('%r', '{!r}', 'q'), ('%c', '{:c}', 97), ('% d', '{: d}', 7), ('%X', '{:X}', 48879)]
for pct, brace, v in tests:
    a, b = pct % v, brace.format(v)
    c = eval("f'{v" + brace[1:-1] + "}'")
    print(f'{pct:8} {brace:10} [{a}] [{b}] [{c}]', a == b == c)
