# class patterns use isinstance(), so __instancecheck__ on a metaclass is honoured
class EvenMeta(type):
    def __instancecheck__(cls, obj):
        return isinstance(obj, int) and obj % 2 == 0
class Even(metaclass=EvenMeta):
    pass
class Positive(metaclass=type('PosMeta', (type,), {'__instancecheck__': lambda cls, o: isinstance(o, (int, float)) and o > 0})):
    pass
def describe(n):
    match n:
        case Even() if n == 0:
            return 'zero'
        case Even():
            return 'even'
        case Positive():
            return 'positive odd'
        case _:
            return 'negative odd or non-number'
for n in (0, 4, -2, 3, -3, 2.5, 'x'):
    print(repr(n), describe(n))
