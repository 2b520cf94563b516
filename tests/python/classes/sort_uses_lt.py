# sorting, min and max need only __lt__ (with reflection to __gt__)
class OnlyLt:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f'L{self.v}'
items = [OnlyLt(v) for v in (3, 1, 2)]
print(sorted(items), min(items), max(items))
class OnlyGt:
    def __init__(self, v): self.v = v
    def __gt__(self, o): return self.v > o.v
    def __repr__(self): return f'G{self.v}'
print(sorted([OnlyGt(2), OnlyGt(0), OnlyGt(1)]))
class Nothing:
    pass
try:
    sorted([Nothing(), Nothing()])
except TypeError as e:
    print('TypeError:', e)
class Counted:
    calls = 0
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        Counted.calls += 1
        return self.v < o.v
sorted([Counted(1), Counted(2), Counted(3), Counted(4)])
print('comparisons for sorted input:', Counted.calls)
