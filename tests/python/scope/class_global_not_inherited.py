# A `global` statement in a class body affects the class body only: methods defined in it still see the
# enclosing function's variable of that name (class scopes are skipped by nested functions).
def make_adder(x):
    class Adder:
        global x
        label = "uses global x = %d" % x

        def __call__(self, y):
            return x + y
    return Adder()


x = 100
add = make_adder(6)
print(add.label, add(2))
x = -1
print(make_adder(3)(2), make_adder(3).label)


def counter():
    count = 0

    class Box:
        global count
        count = "module level"

        def bump(self):
            nonlocal count
            count += 1
            return count
    b = Box()
    return b.bump(), b.bump()


print(counter(), count)


def outer():
    global shared
    shared = "from outer"

    class Holder:
        shared = "class attribute"

        def read(self):
            return shared
    return Holder().read(), Holder.shared


print(outer())
