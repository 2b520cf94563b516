# raise accepts a class (instantiated with no args) or an instance; anything else is a TypeError
try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args)
for bad in (42, 'string', object(), int, None):
    try:
        raise bad
    except TypeError as e:
        print('TypeError:', e)
class NeedsArgs(Exception):
    def __init__(self, a, b):
        super().__init__(a, b)
try:
    raise NeedsArgs
except TypeError as e:
    print('TypeError:', e)
try:
    raise ValueError('x', key=1)
except TypeError as e:
    print('TypeError:', e)
