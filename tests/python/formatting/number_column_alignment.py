# aligning mixed numbers on the decimal point in a column
values = [3.5, -12.25, 1000, 0.001, -0.5, 123456.789, 7]
def decimal_align(vals, decimals=3):
    texts = [f'{v:.{decimals}f}'.rstrip('0').rstrip('.') if isinstance(v, float) else str(v) for v in vals]
    ints = [t.split('.')[0] for t in texts]
    fracs = [t.split('.')[1] if '.' in t else '' for t in texts]
    iw = max(map(len, ints))
    fw = max(map(len, fracs))
    return [f'{i:>{iw}}{"." if f else " "}{f:<{fw}}' for i, f in zip(ints, fracs)]
for line in decimal_align(values):
    print('|' + line + '|')
print()
for v in values:
    print(f'|{v:>14,.3f}|{v:<12g}|{v:^+12.2e}|')
