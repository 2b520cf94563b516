# which objects match sequence patterns: str, bytes and mappings never do; user classes do not either
class MySeq:
    def __len__(self): return 2
    def __getitem__(self, i):
        if i < 2: return i
        raise IndexError
class MyList(list):
    pass
def is_pair(x):
    match x:
        case [a, b]:
            return f'pair({a}, {b})'
        case _:
            return 'not a pair'
for v in ('ab', b'ab', bytearray(b'ab'), {'a': 1, 'b': 2}, MySeq(), MyList([1, 2]), (1, 2), range(2), iter([1, 2])):
    print(type(v).__name__, '->', is_pair(v))
