# bool formats like int when given a non-empty spec; None only accepts the empty spec
print(format(True), format(True, ''), format(True, 'd'), format(False, '>5'), format(True, '<5') + '|', format(True, '.2f'), format(True, 'x'), format(True, '#b'))
print(f'{True}', f'{True!s:>6}', f'{True:>6}', f'{False:^7}|', '{:5}'.format(True) + '|', '{!s:5}'.format(True) + '|')
try:
    format(True, 's')
except ValueError as e:
    print('ValueError:', e)
print(format(None), f'{None}', f'{None!r:>6}', '{!s:^8}'.format(None) + '|')
try:
    format(None, '>6')
except TypeError as e:
    print('TypeError:', e)
try:
    f'{None:d}'
except TypeError as e:
    print('TypeError:', e)
