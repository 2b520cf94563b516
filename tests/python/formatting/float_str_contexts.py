# str/repr of floats in every printing context: print, containers, f-strings, %s, %r, format
v = 0.1 + 0.2
print(v, str(v), repr(v), [v], (v,), {v: v}, {v})
print(f'{v}', f'{v!r}', f'{v!s}', '%s' % v, '%r' % v, '{}'.format(v), format(v))
print(f'{1.0}', f'{1e16}', f'{-0.0}', f'{1e-5}', f'{float("nan")}', f'{2.5e-10}')
print(float('0.1'), float('  -1.5e3  '), float('1_000.5'), float('.5'), float('5.'), float('+inf'), float('-Infinity'), float('nAn'))
print(int(1e16), int(-2.9), int(1.7976931348623157e308) % 1000, 1e16 == 10 ** 16)
