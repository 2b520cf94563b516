# An object with __del__ that is made and dropped in one statement is finalized right after it, as is one
# popped from a list and thrown away, and a list held by a local when its function returns.
class R:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)

R(1)
print("after statement")

def f():
    R(2)
    print("in f")
    lst = [R(3), R(4)]
    lst.pop()
    print("popped")
    return "done"

print(f())
print("end")
