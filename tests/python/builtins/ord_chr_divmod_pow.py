# ord, chr, divmod, pow (incl. 3-arg), round
print(ord('A'), ord('z'), ord('0'), ord('\n'), ord('€'), ord('😀'))
print(chr(65), chr(97), chr(8364), chr(128512), repr(chr(0)), repr(chr(127)))
print(''.join(chr(ord(c) + 1) for c in 'HAL'))
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(17.5, 5), divmod(0, 3))
print(pow(2, 8), pow(2, -2), pow(2.0, 3), pow(-2, 3), pow(9, 0.5))
print(pow(3, 200, 1000), pow(7, 0, 5), pow(5, 3, 1), pow(-7, 2, 5), pow(38, -1, 97))
print(round(2.5), round(3.5), round(-2.5), round(2.567, 2), round(1234, -2), round(7.0))
try:
    chr(0x110000)
except ValueError as e:
    print('ValueError:', e)
try:
    ord('ab')
except TypeError as e:
    print('TypeError:', e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print('ValueError:', e)
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
