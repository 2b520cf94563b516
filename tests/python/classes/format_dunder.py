# user __format__ receives the spec; default object.__format__ rejects non-empty specs
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        if spec == 'short':
            return f'${self.cents // 100}'
        if spec == '':
            return f'{self.cents} cents'
        return f'${self.cents / 100:{spec}}'
m = Money(12345)
print(format(m), format(m, 'short'), format(m, '.1f'))
print(f'{m}|{m:short}|{m:>10.2f}')
print('{0:short} and {0}'.format(m))
class Plain:
    def __str__(self): return 'plain'
print(format(Plain()), f'{Plain()}')
try:
    format(Plain(), '>10')
except TypeError as e:
    print('TypeError:', e)
class BadFormat:
    def __format__(self, spec): return 1
try:
    format(BadFormat())
except TypeError as e:
    print('TypeError:', e)
width = 8
print(f'{Money(5):{"short"}}', f'{Money(250):{width}.1f}')
