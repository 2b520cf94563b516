# bytes() and bytearray() constructor errors in CPython's words and order: encoding/errors without a str, a str
# subclass with __bytes__, per-type range messages; a bytearray iterator stays exhausted once it ends.
class C: pass
for t in (bytes, bytearray):
    for args, kw in [((0.0,), {}), ((["0"],), {}), (([0.0],), {}), (([None],), {}), ((), {'encoding': 'ascii'}), ((), {'errors': 'ignore'}), ((0, 'ascii'), {}), ((b'', 'ascii'), {}), ((0,), {'errors': 'ignore'}), ((b'',), {'errors': 'ignore'}), (('',), {}), (('',), {'errors': 'ignore'}), (('', b'ascii'), {}), (('', 'ascii', b'ignore'), {}), (([-1],), {}), (([256],), {}), ((-1,), {})]:
        try:
            print(t.__name__, t(*args, **kw))
        except (TypeError, ValueError) as e:
            print(t.__name__, type(e).__name__, e)
class StrWithBytes(str):
    def __new__(cls, value):
        self = str.__new__(cls, '\xe9')
        self.value = value
        return self
    def __bytes__(self):
        return self.value
print(bytes(StrWithBytes(b'abc')), bytes(StrWithBytes(b'abc'), 'latin-1'))
class WithBytes:
    def __init__(self, v): self.v = v
    def __bytes__(self): return self.v
for v in ['abc', None, b'x', bytearray(b'y')]:
    try: print(bytes(WithBytes(v)))
    except TypeError as e: print(e)
class IndexWithBytes:
    def __bytes__(self): return b'a'
    def __index__(self): return 42
print(bytes(IndexWithBytes()), len(bytearray(IndexWithBytes())))
ba = bytearray(b'xyz')
it = iter(ba)
print(list(it))
ba.append(9)
print(list(it))
l = [1]
it = iter(l)
print(list(it)); l.append(2); print(list(it))
class G:
    def __init__(self): self.n = 2
    def __getitem__(self, i):
        if i >= self.n: raise IndexError
        return i
g = G(); it = iter(g); print(list(it)); g.n = 5; print(list(it))
l = [1, 2]; r = reversed(l); print(list(r)); l.append(3); print(list(r))
d = {1: 1}; it = iter(d); print(list(it)); d[2] = 2; print(list(it))
s = "ab"; it = iter(s); print(list(it), list(it))
ba = bytearray(b'ab'); it = iter(ba); print(list(it)); ba += b'cd'; print(list(it))
ba = bytearray(b'ab'); it = iter(ba); next(it); ba += b'cd'; print(list(it))
t = (1,); it = iter(t); print(list(it), list(it))
e = enumerate([1]); print(list(e), list(e))
z = zip([1], [2]); print(list(z), list(z))
def f(): return 1
it = iter(f, 2); print(next(it), next(it))
