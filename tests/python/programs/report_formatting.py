# a formatted sales report using f-strings and format specs
sales = [
    ('North', 'Widgets', 1200, 3.75),
    ('North', 'Gadgets', 340, 12.5),
    ('South', 'Widgets', 980, 3.75),
    ('South', 'Gizmos', 55, 149.99),
    ('East', 'Gadgets', 610, 12.5),
    ('West', 'Gizmos', 120, 149.99),
]
header = f"{'Region':<8}{'Product':<10}{'Units':>8}{'Price':>10}{'Revenue':>13}"
print(header)
print('-' * len(header))
totals = {}
grand = 0.0
for region, product, units, price in sales:
    revenue = units * price
    grand += revenue
    totals[region] = totals.get(region, 0) + revenue
    print(f'{region:<8}{product:<10}{units:>8,}{price:>10.2f}{revenue:>13,.2f}')
print('-' * len(header))
print(f"{'Total':<26}{grand:>23,.2f}")
print()
for region, total in sorted(totals.items(), key=lambda kv: -kv[1]):
    share = total / grand
    bar = '*' * round(share * 40)
    print(f'{region:>6} {share:6.1%} {bar}')
print(f'{"best":^10}|{"worst":^10}|')
best = max(totals, key=totals.get)
worst = min(totals, key=totals.get)
print(f'{best:^10}|{worst:^10}|')
