# What is still alive when the program ends is finalized, as CPython does at exit: __del__ of the objects
# (in the order CPython drops them) and the finally blocks of suspended generators; an error in __del__ is printed as
# unraisable and the rest goes on.
class Resource:
    def __init__(self, name):
        self.name = name
        print("open", name)
    def __del__(self):
        print("close", self.name)

class Bad:
    def __del__(self):
        raise ValueError("in __del__")

def gen(tag):
    try:
        yield 1
        yield 2
    finally:
        print("generator cleanup", tag)

a = Resource("a")
b = Resource("b")
g = gen("global")
next(g)
bad = Bad()
items = [Resource("in list")]
print("end of program")
