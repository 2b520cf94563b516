# day-of-week and month calendars computed by hand (Zeller's congruence)
def is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
def days_in_month(y, m):
    return [31, 29 if is_leap(y) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
def weekday(y, m, d):
    # 0 = Monday ... 6 = Sunday
    if m < 3:
        m += 12
        y -= 1
    k, j = y % 100, y // 100
    h = (d + 13 * (m + 1) // 5 + k + k // 4 + j // 4 + 5 * j) % 7
    return (h + 5) % 7
NAMES = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
for date in [(2000, 1, 1), (1969, 7, 20), (2024, 2, 29), (1999, 12, 31)]:
    print(date, NAMES[weekday(*date)])
print([y for y in range(1896, 1925) if is_leap(y)])
def month(y, m):
    print(f'{y}-{m:02d}'.center(20).rstrip())
    print(' '.join(n[:2] for n in NAMES))
    cells = ['  '] * weekday(y, m, 1) + [f'{d:2}' for d in range(1, days_in_month(y, m) + 1)]
    for i in range(0, len(cells), 7):
        print(' '.join(cells[i:i + 7]))
month(2024, 2)
month(2023, 10)
