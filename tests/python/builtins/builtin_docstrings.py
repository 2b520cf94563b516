# Built-in types, functions and methods have CPython's docstrings; an instance of a built-in type reads its
# type's, never object's.
for o in [len, print, abs, max, sorted, isinstance, int, str, list, dict, object, type, range, bool, Exception,
          ValueError, KeyError, ZeroDivisionError, StopIteration, list.append, str.upper, dict.get, int.__add__,
          str.join, (1).bit_length, [].append, "x".split, True, "abc", 1.5, None]:
    d = o.__doc__
    print(repr(d.splitlines()[0]) if d else d)
class A:
    "A's doc"
class B(A):
    pass
print(A.__doc__, B.__doc__, A().__doc__, repr(ValueError("x").__doc__))
try:
    1 / 0
except ZeroDivisionError as e:
    print(type(e).__name__, "-", e.__doc__)
def f():
    "f's doc"
print(f.__doc__, (lambda: 0).__doc__)
