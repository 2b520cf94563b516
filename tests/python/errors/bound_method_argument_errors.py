# A built-in method called through a bound method object (m = obj.meth; m(...), or obj.meth(**kw)) names
# the type of its object in argument errors; called as obj.meth(...) it names the method's own type; a
# method that parses an argument tuple (str.count, set.union) names only itself when refusing keywords.
def show(label, f):
    try:
        f()
        print(label, 'ok')
    except TypeError as e:
        print(label, '!!', e)

class L(list):
    pass

class S(str):
    pass

class E(ValueError):
    pass

class Outer:
    class Inner(list):
        pass

for obj in [[], L(), S('a'), E(), True, {1}, frozenset(), b'x', Outer.Inner()]:
    name = type(obj).__name__
    for meth, args in [('append', ()), ('append', (1, 2)), ('clear', (1,)), ('insert', (1,)),
                       ('count', ()), ('find', ()), ('add_note', ()), ('with_traceback', (1, 2)),
                       ('bit_length', (1,)), ('union', ()), ('isdisjoint', ()), ('hex', (1, 2, 3)),
                       ('__ceil__', (1,)), ('copy', (1,)), ('startswith', ())]:
        if not hasattr(obj, meth):
            continue
        bound = getattr(obj, meth)
        show(f'{name}.{meth}{args} bound', lambda: bound(*args))
        show(f'{name}.{meth}{args} bound kw', lambda: bound(*args, x=1))
        show(f'{name}.{meth}() bound **', lambda: bound(**{'x': 1}))

# obj.meth(...) directly, and the method through its type
show('L().append()', lambda: L().append())
show('L().append(x=1)', lambda: L().append(x=1))
show("S('a').count(x=1)", lambda: S('a').count(x=1))
show("S('a').count(**{'x': 1})", lambda: S('a').count(**{'x': 1}))
show('list.append(L())', lambda: list.append(L()))
show('list.clear(L(), 1)', lambda: list.clear(L(), 1))
show("str.count('a', x=1)", lambda: str.count('a', x=1))
show('True.bit_length(1)', lambda: True.bit_length(1))
show('True.bit_length(**{})', lambda: True.bit_length(**{'x': 1}))

# class methods bound to their class
for cls, meth in [(float, 'fromhex'), (bytes, 'fromhex'), (bytearray, 'fromhex'), (dict, 'fromkeys'),
                  (int, 'from_bytes')]:
    f = getattr(cls, meth)
    show(f'{cls.__name__}.{meth}()', lambda: f())
    show(f'{cls.__name__}.{meth}(1, 2, 3, 4)', lambda: f(1, 2, 3, 4))
    show(f'{cls.__name__}.{meth}(bogus=1)', lambda: f(bogus=1))
    show(f'2.5.{meth}() via instance', lambda: getattr(cls(), meth)())

# append = l.append; the usual speed idiom still works
items = L()
append = items.append
for i in range(3):
    append(i)
print(items)
