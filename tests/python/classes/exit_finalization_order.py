# Objects alive at exit are finalized as CPython's shutdown drops them: the main module's names in order, and
# the items of a list or tuple last first, a dict's values first to last.
class Resource:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("close", self.name)

first = Resource("first")
batch = [Resource("list 0"), Resource("list 1"), Resource("list 2")]
pair = (Resource("tuple 0"), Resource("tuple 1"))
table = {"x": Resource("dict x"), "y": Resource("dict y")}
last = Resource("last")
print("end of program")
