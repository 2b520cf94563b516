# floor division and modulo follow the sign of the divisor
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (6, 3), (-6, 3), (1, 10), (-1, 10)]
for a, b in pairs:
    print(f'{a:>3} // {b:>3} = {a // b:>3}   {a:>3} % {b:>3} = {a % b:>3}   divmod = {divmod(a, b)}')
print(-(2 ** 70) // 3, -(2 ** 70) % 3)
print((2 ** 70) // -3, (2 ** 70) % -3)
print(7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2, 7.5 % -2)
print(divmod(-7.5, 2))
print(5 // 0.5, -1 % 0.3)
