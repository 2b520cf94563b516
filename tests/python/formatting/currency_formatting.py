# accounting-style number formatting built from format specs
def money(x, width=14):
    text = f'{abs(x):,.2f}'
    text = f'({text})' if x < 0 else f'{text} '
    return f'{"$":<2}{text:>{width}}'
for amount in (0, 5, -5, 1234.5, -1234567.891, 0.005, -0.004, 1e9):
    print(f'{amount!r:>14} -> [{money(amount)}]')
def bar(fraction, width=20):
    filled = round(fraction * width)
    return f'[{"#" * filled:<{width}}] {fraction:6.1%}'
for f in (0, 0.05, 0.333, 0.5, 0.999, 1):
    print(bar(f))
