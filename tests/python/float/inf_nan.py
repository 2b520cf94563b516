# infinities and NaN
inf = float('inf')
nan = float('nan')
print(inf, -inf, nan, float('-inf'), float('Infinity'), float('-nan'), float('NaN'))
print(inf + 1, inf * 2, inf - inf, inf * 0, -inf * -1)
print(1 / inf, -1 / inf, inf / inf)
print(nan == nan, nan != nan, nan is nan, nan < 0, nan > 0)
print(inf == inf, inf > 10 ** 1000, -inf < -10 ** 1000)
print(1e308 * 10, -1e308 * 10, 1e-323 / 10)
print(inf ** 0, nan ** 0, 1 ** nan, inf ** -1)
print([nan] == [nan], nan in [nan])
print(max(1, inf), min(-inf, 0), abs(-inf))
try:
    int(inf)
except OverflowError as e:
    print('OverflowError:', e)
try:
    int(nan)
except ValueError as e:
    print('ValueError:', e)
print(repr(inf), str(nan), f'{inf:.2f}', f'{nan:>6}|')
print(inf % 5 != inf % 5, 5 % inf, -5 % inf)
