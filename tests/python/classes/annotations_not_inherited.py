# __annotations__ of classes and modules: a class never shows a base's (it gets an empty dict of its own), a
# module has one made on access, and a parenthesised annotated name in a function binds nothing.
class A:
    attr: int
class B(A):
    pass
print(A.__annotations__, B.__annotations__, "__annotations__" in B.__dict__)
def f2bad():
    (no_such_global): int
    print(no_such_global)
try:
    f2bad()
except Exception as e:
    print(type(e).__name__, e)
def f3():
    x: int
    print(x)
try:
    f3()
except Exception as e:
    print(type(e).__name__, e)
import sys
m = type(sys)("m")
print(hasattr(m, "__annotations__"))
m.__annotations__ = {"a": 1}
print(m.__annotations__)
print(B.__annotations__ is B.__annotations__)
