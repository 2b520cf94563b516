class A:
    def __init__(self, name):
        self.name = name
        print("made", name)
    def __del__(self):
        print("del", self.name)

a = A("a")
del a
print("after del")
b = A("b")
b = None
print("after rebind")
def f():
    x = A("local")
    print("in f")
f()
print("after f")
c = A("c")
c = A("c2")
print("after c rebind")
def gen():
    try:
        yield 1
        yield 2
    finally:
        print("gen finally")
g = gen()
next(g)
del g
print("after gen del")
class P:
    def __init__(self):
        self.child = A("child")
    def __del__(self):
        print("del parent")
p = P()
del p
print("after parent")
keep = A("kept")
print("end")
