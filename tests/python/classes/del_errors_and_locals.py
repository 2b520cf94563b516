# __del__ runs when a function's locals go away, and an exception in it is printed as unraisable while the
# program goes on.
class Bad:
    def __del__(self):
        raise ValueError("oops")

class Noisy:
    def __init__(self, tag):
        self.tag = tag
    def __del__(self):
        print("del", self.tag)

def work():
    a = Noisy("local a")
    b = Noisy("local b")
    print("working")
    return a.tag + b.tag

print(work())
print("after work")
bad = Bad()
bad = None
print("after bad")

def gen():
    try:
        yield 1
        yield 2
    finally:
        print("generator finally")

def use():
    g = gen()
    print(next(g))
    return "used"

print(use())
print("end")
