# Deleting an item or an attribute drops what it held; objects in a reference cycle wait for CPython's cycle
# collector, which finalizes them at exit here.
class N:
    def __init__(self, tag):
        self.tag = tag
    def __del__(self):
        print("del", self.tag)

a = N("cycle")
a.me = a
del a
print("after cycle del")

p = N("parent")
p.child = N("child")
p.child.parent = p
del p
print("after parent-child cycle")

items = [N(i) for i in range(3)]
del items[0]
print("after del item")
del items[-1]
print("after del last")
table = {"k": N("value")}
del table["k"]
print("after del key")

holder = N("holder")
holder.res = N("resource")
del holder.res
print("after del attribute")
del holder
del items
print("end")
