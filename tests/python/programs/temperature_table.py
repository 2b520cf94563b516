# conversion tables with ranges and formatting
def c_to_f(c):
    return c * 9 / 5 + 32
def f_to_c(f):
    return (f - 32) * 5 / 9
print(f'{"C":>6} {"F":>7} {"K":>7}')
for c in range(-40, 101, 20):
    print(f'{c:>6} {c_to_f(c):>7.1f} {c + 273.15:>7.2f}')
print()
for f in (0, 32, 98.6, 212, 451):
    print(f'{f:>6}F = {f_to_c(f):8.3f}C')
readings = [22.5, 23.1, 19.8, 25.0, 21.7, 24.3, 20.9]
avg = sum(readings) / len(readings)
print(f'avg {avg:.2f} min {min(readings)} max {max(readings)} spread {max(readings) - min(readings):.1f}')
above = [r for r in readings if r > avg]
print('above average:', above, f'({len(above) / len(readings):.0%})')
