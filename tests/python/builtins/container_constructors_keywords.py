# list/tuple/set/frozenset/dict constructors: argument counts and keyword rules
print(list(), tuple(), set(), frozenset(), dict(), list('ab'), tuple({'k': 1}), set('aa'), frozenset(range(2)))
for bad in (lambda: list(iterable='ab'), lambda: tuple(iterable='ab'), lambda: set(iterable='ab'), lambda: frozenset(x=1),
            lambda: list('a', 'b'), lambda: tuple(1), lambda: set(1), lambda: list(None), lambda: dict(1, 2)):
    try:
        bad()
    except TypeError as e:
        print('TypeError:', e)
print(dict(iterable=1), dict(a=1).get('a'))
