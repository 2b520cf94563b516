# a full ordering built by hand from __eq__ and __lt__, sorted/min/max use it
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split('.'))
    def __repr__(self):
        return 'Version(' + '.'.join(map(str, self.parts)) + ')'
    def __eq__(self, o):
        if not isinstance(o, Version): return NotImplemented
        return self.parts == o.parts
    def __lt__(self, o):
        if not isinstance(o, Version): return NotImplemented
        return self.parts < o.parts
    def __le__(self, o):
        return self == o or self < o
    def __gt__(self, o):
        if not isinstance(o, Version): return NotImplemented
        return o < self
    def __ge__(self, o):
        return not self < o
    def __hash__(self):
        return hash(self.parts)
vs = [Version(s) for s in ['1.10', '1.2', '1.2.1', '0.9', '1.2']]
print(sorted(vs))
print(max(vs), min(vs))
a, b = Version('1.2'), Version('1.10')
print(a < b, a <= b, a > b, a >= b, a == b, a != b)
print(a == Version('1.2'), len({a, Version('1.2'), b}))
print(sorted(vs, reverse=True)[:2])
try:
    a < 1
except TypeError as e:
    print('TypeError:', e)
print(a == 1)
