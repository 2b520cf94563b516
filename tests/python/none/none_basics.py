# None is a singleton
x = None
print(x, repr(x), str(x), type(x).__name__)
print(x is None, x == None, x is not None, bool(x))
def no_return():
    pass
print(no_return() is None)
print([].append(1), print('print returns'))
d = {'a': None}
print(d.get('a'), d.get('b'), 'a' in d)
print(None == 0, None == False, None == '', None != [])
print([None] * 3, (None,), {None: None})
print(f'{None}', f'{None!r:>6}|', 'None' == str(None))
v = None
v = v or 'default'
print(v)
print(sorted([3, 1, 2], key=None), max([1, 5], default=None), max([], default=None))
print(None.__class__.__name__, type(None)() is None)
