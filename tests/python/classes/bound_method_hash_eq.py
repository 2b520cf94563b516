# Bound methods compare and hash their __self__ by identity: an instance whose __eq__ always answers True or
# whose __hash__ raises still gives usable, distinct bound methods.
class Odd:
    def __eq__(self, other):
        return True

    def __hash__(self):
        raise TypeError("no hashing")

    def f(self):
        pass

    def g(self):
        pass


class Child(Odd):
    pass


a, b = Odd(), Odd()
print(a.f == a.f, a.f != a.f, a.f == b.f, a.f == a.g)
print(hash(a.f) == hash(a.f))
print(Odd.f == Child.f, Odd.f == a.f)
handlers = {a.f: "a.f", b.f: "b.f", a.g: "a.g"}
print(len(handlers), handlers[a.f], handlers[b.f])
try:
    hash(a)
except TypeError as e:
    print("TypeError:", e)
print(sorted(handlers.values()))
print(a.f in [b.f, a.g], a.f in [b.f, a.f])
