# Argument errors of str/bytes/list methods in CPython's order and words: start/end before the substring,
# clinic's "takes at most N arguments" before "no positional arguments", class methods named with their
# class, maketrans' later arguments first, bytes.hex's bytes_per_sep before sep, join's "can only join".
def t(f):
    try:
        print(repr(f()))
    except BaseException as e:
        print(type(e).__name__, e)


for s in ["abc", b"abc", bytearray(b"abc")]:
    t(lambda: s.count((1,), "a"))
    t(lambda: s.find([], [1]))
    t(lambda: s.startswith(5, "x", 1))
    t(lambda: s.rindex(-1, "x"))
    t(lambda: s.endswith(0, 1.5))
    t(lambda: s.index(s[:1], None, None))
t(lambda: [].sort(1, 2, 3))
t(lambda: [].sort(1))
t(lambda: [].sort(key=None, reverse=False, x=1))
t(lambda: bytes.fromhex())
t(lambda: bytearray.fromhex("a", "b"))
t(lambda: float.fromhex())
t(lambda: float.__getformat__())
t(lambda: list.__class_getitem__())
t(lambda: dict.__class_getitem__(1, 2))
t(lambda: (float.fromhex.__qualname__, bytes.fromhex.__name__, list.__class_getitem__.__qualname__))
t(lambda: str.maketrans(-1, True))
t(lambda: str.maketrans("a", "b", 5))
t(lambda: str.maketrans(1, "b", "c"))
t(lambda: b"abc".hex({1}, b"a"))
t(lambda: b"abc".hex(":", 2**63))
t(lambda: b"abc".hex(lambda: 0, lambda: 0))
t(lambda: bytearray(b"abc").hex("ab"))
t(lambda: b"".join(None))
t(lambda: bytearray(b"").join(lambda: 0))
t(lambda: "".join(5))
t(lambda: [].__imul__())
t(lambda: [].__mul__(1, 2))
t(lambda: "".__rmul__())
t(lambda: (1).__mul__())
t(lambda: list[lambda: 0])
t(lambda: dict[str, t])
t(lambda: int | list[len])
