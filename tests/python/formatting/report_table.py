# a formatted report table mixing alignment, grouping, percentages and totals
rows = [('Widgets', 1234, 9.99), ('Gadgets', 56, 129.5), ('Doohickeys', 78910, 0.35), ('Thingamajigs', 3, 15000.0)]
total = sum(q * p for _, q, p in rows)
name_w = max(len(r[0]) for r in rows) + 2
header = f"{'Item':<{name_w}}{'Qty':>8}{'Price':>12}{'Revenue':>16}{'Share':>8}"
print(header)
print('=' * len(header))
for name, qty, price in rows:
    revenue = qty * price
    print(f'{name:<{name_w}}{qty:>8,}{price:>12,.2f}{revenue:>16,.2f}{revenue / total:>8.1%}')
print('-' * len(header))
print(f"{'TOTAL':<{name_w}}{sum(r[1] for r in rows):>8,}{'':>12}{total:>16,.2f}{1:>8.0%}")
print('%-*s|%*d|' % (name_w, 'legacy', 8, 42))
