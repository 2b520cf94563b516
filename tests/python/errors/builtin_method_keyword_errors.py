# Built-in methods that take no keywords say so with their qualified name, static and class methods too;
# super() checks its own arguments.
def attempt(label, fn):
    try:
        print(label, "->", fn())
    except TypeError as e:
        print(label, "!!", e)


attempt("set.union", lambda: {1}.union([2], x=1))
attempt("set.update", lambda: set().update(others=[1]))
attempt("set.intersection_update", lambda: {1}.intersection_update(x=1))
attempt("frozenset.difference", lambda: frozenset({1, 2}).difference(other={2}))
attempt("set.union ok", lambda: sorted({1}.union([2], (3,), {4: 0})))
attempt("str.maketrans", lambda: str.maketrans(x="ab"))
attempt("str.maketrans 4", lambda: str.maketrans("a", "b", "c", "d"))
attempt("bytes.maketrans", lambda: bytes.maketrans(frm=b"a", to=b"b"))
attempt("bytearray.maketrans", lambda: bytearray.maketrans(b"a", b"b", b"c"))
attempt("dict.fromkeys", lambda: dict.fromkeys("ab", value=0))
attempt("dict.fromkeys 0", lambda: dict.fromkeys())
attempt("dict.fromkeys ok", lambda: dict.fromkeys("ab", 0))
attempt("super kw", lambda: super(type=int))
attempt("super 3", lambda: super(int, 1, 2))
attempt("super None", lambda: super(None))
attempt("super int", lambda: super(int, "s"))


class Meta(type):
    pass


class Model(metaclass=Meta):
    pass


print(type.__module__, type(Model).__module__, Meta.__module__, Model.__module__)
print(f"{type(int).__module__}.{type(int).__qualname__}", int.__module__)
