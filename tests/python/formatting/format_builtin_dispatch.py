# format(x, spec) calls type(x).__format__(x, spec); subclasses inherit their base's formatting
class MyInt(int): pass
class MyFloat(float): pass
class MyStr(str): pass
print(format(MyInt(255), 'x'), format(MyFloat(2.5), '.3f'), format(MyStr('ab'), '>4'), f'{MyInt(7):03}')
class Hexy(int):
    def __format__(self, spec):
        return 'Hexy:' + format(int(self), spec or 'x')
print(format(Hexy(255)), f'{Hexy(255):b}', '{:o}'.format(Hexy(8)), '%d' % Hexy(5), str(Hexy(5)))
print(int.__format__(42, '>5'), float.__format__(1.5, 'e'), str.__format__('s', '^3'), object.__format__(None, ''))
try:
    object.__format__(1, 'd')
except TypeError as e:
    print('TypeError:', e)
class StrOnly:
    def __str__(self): return 'via str'
print(format(StrOnly()), f'{StrOnly()}', '{}'.format(StrOnly()))
try:
    format(1, 2)
except TypeError as e:
    print('TypeError:', e)
