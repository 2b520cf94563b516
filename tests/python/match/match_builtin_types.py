# match against built-in types: which count as sequences and mappings, int/float/str class patterns, bool vs int.
class MySeq:
    def __len__(self): return 2
    def __getitem__(self, i): return [1, 2][i]
class MyMap:
    def __getitem__(self, k): return 1
    def keys(self): return ['a']
class D(dict): pass
class L(list): pass
def m(v):
    match v:
        case [a, b]: return f'seq {a} {b}'
        case {'a': x}: return f'map {x}'
        case int(n) | float(n): return f'num {n}'
        case str() as s: return f'str {s}'
        case bytes(b): return f'bytes {b}'
        case bool(): return 'bool?'
        case _: return 'other'
for v in [MySeq(), MyMap(), D(a=5), L([3, 4]), range(2), (1, 2), 'ab', b'ab', bytearray(b'ab'), memoryview(b'ab'), True, 1.5, {'a': 1, 'b': 2}, {1, 2}, frozenset([1]), iter([1, 2])]:
    print(type(v).__name__, m(v))
match 5:
    case bool(): print('bool matched int')
    case int(): print('int matched')
match True:
    case int(x): print('True is int', x)
class P:
    __match_args__ = ('a', 'b')
    def __init__(self): self.a = 1
match P():
    case P(x, y): print(x, y)
    case P(x): print('only a', x)
match {'a': 1, 'a2': 2}:
    case {'a': 1, **rest} if rest: print(rest)
try:
    match {'a': 1}:
        case {'a': 1, 'a': 2}: pass
except SyntaxError as e: print(e)
