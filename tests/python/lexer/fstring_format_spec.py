# f-string format specs
x = 3.14159
n = 42
s = 'hi'
print(f'{x:.2f}|{x:10.3f}|{x:<10.1f}|{x:^10.2f}|{x:>10}')
print(f'{n:5d}|{n:<5d}|{n:^5d}|{n:05d}|{n:+d}|{-n:+d}')
print(f'{n:x}|{n:X}|{n:o}|{n:b}|{n:#x}|{n:#o}|{n:#b}')
print(f'{1234567:,}|{1234567:_}|{1234567.891:,.2f}')
print(f'{s:>6}|{s:<6}|{s:^6}|{s:*^6}|{s:-<6}')
print(f'{0.5:%}|{0.125:.1%}')
print(f'{12345.678:e}|{12345.678:.2E}|{0.0001234:g}|{123456789:g}')
width = 8
prec = 3
print(f'{x:{width}.{prec}f}|')
print(f'{n:{"^"}{width}}|')
print(f'{n:=+8}|{-n:=8}')
print(f'{True:d}|{False:5}|{None!s:>6}')
print(f'{1e100:.3g}|{float("inf"):f}|{-0.0:f}')
