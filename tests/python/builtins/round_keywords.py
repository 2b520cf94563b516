# round() keywords and the __round__ protocol
print(round(number=2.675, ndigits=2), round(2.5, ndigits=None), round(number=7), round(1234, ndigits=-2))
class R:
    def __round__(self, ndigits=None):
        return f'rounded with {ndigits!r}'
print(round(R()), round(R(), 3), round(R(), ndigits=-1), round(R(), None))
for bad in (lambda: round(), lambda: round(1.5, 1, 2), lambda: round(x=1.5), lambda: round(1.5, '1'), lambda: round([1])):
    try:
        bad()
    except TypeError as e:
        print('TypeError:', e)
