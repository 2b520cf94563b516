# __length_hint__ of the built-in iterators, as the items left (0 once the container changed size).
objs = {"list": iter([1,2,3]), "rlist": reversed([1,2,3]), "tuple": iter((1,2)), "range": iter(range(4)), "rrange": reversed(range(4)),
 "bigrange": iter(range(2**70)), "str": iter("abc"), "ustr": iter("é€x"), "bytes": iter(b"ab"), "bytearray": iter(bytearray(b"ab")),
 "dict": iter({1:2}), "dvalues": iter({1:2}.values()), "ditems": iter({1:2}.items()), "rdict": reversed({1:2}),
 "set": iter({1,2}), "frozenset": iter(frozenset({1})), "reversed_seq": reversed("abc"), "map": map(abs, [1]), "zip": zip([1]),
 "enumerate": enumerate([1]), "filter": filter(None, [1]), "gen": (x for x in [1]), "callable_iter": iter(int, 1),
 "seqiter": iter(type("S", (), {"__getitem__": lambda s, i: 1/0})()), "memview": iter(memoryview(b"ab"))}
for k, it in objs.items():
    try:
        print(k, type(it).__name__, it.__length_hint__())
    except Exception as e:
        print(k, type(it).__name__, type(e).__name__, e)
it = iter([1, 2, 3]); next(it); print(it.__length_hint__())
l = [1, 2]; it = iter(l); l.append(3); print(it.__length_hint__())
it = iter([1]); list(it); print(it.__length_hint__())
it = iter(range(5)); next(it); print(it.__length_hint__())
it = reversed([1, 2, 3]); next(it); print(it.__length_hint__())
it = iter({1: 2, 3: 4}); next(it); print(it.__length_hint__())
it = iter("abc"); next(it); print(it.__reduce__() if False else it.__length_hint__())
d = {1: 2, 3: 4}; it = iter(d); d[5] = 6; print(it.__length_hint__())
s = {1, 2}; it = iter(s); next(it); print(it.__length_hint__()); s.add(9); print(it.__length_hint__())
l = [1, 2, 3]; it = reversed(l); next(it); l.clear(); print(it.__length_hint__())
b = bytearray(b"abc"); it = iter(b); next(it); b.clear(); print(it.__length_hint__())
class S:
    def __len__(self): return 3
    def __getitem__(self, i):
        if i < 3: return i
        raise IndexError
it = iter(S()); next(it); print(it.__length_hint__())
it = reversed(S()); next(it); print(it.__length_hint__())
it = reversed({1: 2, 3: 4}.values()); next(it); print(it.__length_hint__())
it = iter(range(10**30, 10**30 + 5)); next(it); print(it.__length_hint__())
it = iter(range(5, 0, -2)); print(it.__length_hint__())
print(hasattr(iter(int, 1), "__length_hint__"), hasattr(map(abs, []), "__length_hint__"), hasattr((x for x in []), "__length_hint__"))
