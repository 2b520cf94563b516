# Built-in types that belong to a module are named with it in messages, as CPython's tp_name
# ('_io.TextIOWrapper', 'types.UnionType', 'sys.version_info'); a generic alias answers attributes from its
# origin type; the struct sequences of sys have n_fields and refuse or accept new instances as CPython's do.
import sys


def t(f):
    try:
        print(repr(f()))
    except BaseException as e:
        print(f"{type(e).__name__}: {e}")


f = open(__file__)
t(lambda: f.foo)
t(lambda: sys.stdout.foo)
t(lambda: sys.stdin.foo)
t(lambda: type(f).__name__)
t(lambda: type(f).__module__)
t(lambda: type(sys.stdout).__module__)
t(lambda: repr(type(f)))
t(lambda: f < f)
f.close()
t(lambda: (int | str).foo)
t(lambda: type(int | str))
t(lambda: sys.flags.foo)
t(lambda: sys.float_info.foo)
t(lambda: sys.version_info + 1)
t(lambda: sys.version_info < 1)
t(lambda: sys.version_info < (4,))
t(lambda: type(sys.version_info)())
t(lambda: type(sys.version_info)((1, 2, 3, 4, 5)))
t(lambda: type(sys.flags)())
t(lambda: (sys.version_info.n_fields, sys.version_info.n_sequence_fields, sys.version_info.n_unnamed_fields))
t(lambda: (type(sys.float_info).n_fields, sys.int_info.n_fields, sys.hash_info.n_fields, sys.flags.n_fields))
T = type(sys.float_info)
for args in [((1, 2),), (tuple(range(11)),), (range(11),), (5,), (tuple(range(12)),), ()]:
    t(lambda: T(*args))
t(lambda: (T(range(11)) == tuple(range(11)), T(range(11)).max, type(T(range(11))) is T))
t(lambda: list[int].foo)
t(lambda: list[int].__name__)
t(lambda: list[int].__qualname__)
t(lambda: list[int].__origin__)
t(lambda: list[int].__args__)
t(lambda: list[int].append)
t(lambda: dict[str, int].fromkeys("ab"))
t(lambda: list[int]([1, 2]))
t(lambda: list[int].__class__)
t(lambda: list[int].__mro__)
t(lambda: (list[int] == list[int], list[int] == list[str]))
t(lambda: list[int] | None)
t(lambda: isinstance([], list[int]))
t(lambda: setattr(list[int], 'x', 1))
t(lambda: tuple[int, ...].__args__)
t(lambda: T.__new__())
t(lambda: T.__new__(1))
t(lambda: T.__new__(T))
t(lambda: T.__new__(T, range(11)).min)
# Built-in types take __module__ from their CPython name, without an entry in their namespace.
print(type(sys.stdout).__module__, type(list[int]).__module__, type(sys.version_info).__module__,
      type(sys.implementation).__module__)
print('__module__' in vars(type(sys.version_info)), '__module__' in vars(type(sys.stdout)),
      '__module__' in vars(type(list[int])), '__module__' in vars(type(sys.implementation)))
