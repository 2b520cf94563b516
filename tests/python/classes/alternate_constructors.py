# classmethods as alternate constructors work for subclasses too
class Date:
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
    @classmethod
    def from_string(cls, s):
        return cls(*map(int, s.split('-')))
    @classmethod
    def epoch(cls):
        return cls(1970, 1, 1)
    def __repr__(self):
        return f'{type(self).__name__}({self.y:04d}-{self.m:02d}-{self.d:02d})'
class Birthday(Date):
    def age_in(self, year):
        return year - self.y
b = Birthday.from_string('1990-7-4')
print(b, b.age_in(2024), Date.epoch(), Birthday.epoch())
print(dict.fromkeys('ab', 1), int.from_bytes(b'\x01\x00', 'big'), float.fromhex('0x1.8p1'))
class Mydict(dict): pass
print(type(Mydict.fromkeys([1])).__name__)
print(str.maketrans('ab', 'xy') == {97: 120, 98: 121}, bytes.fromhex('ff00'))
