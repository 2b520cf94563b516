# a date-like class implementing __format__ with its own mini-language
class Date:
    months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
    def __init__(self, y, m, d): self.y, self.m, self.d = y, m, d
    def __format__(self, spec):
        if not spec:
            return f'{self.y:04d}-{self.m:02d}-{self.d:02d}'
        out = spec
        for code, val in (('%Y', f'{self.y:04d}'), ('%m', f'{self.m:02d}'), ('%d', f'{self.d:02d}'), ('%b', self.months[self.m - 1])):
            out = out.replace(code, val)
        return out
    def __str__(self): return format(self)
    def __repr__(self): return f'Date({self.y}, {self.m}, {self.d})'
d = Date(2024, 3, 7)
print(d, repr(d), f'{d}', f'{d:%d %b %Y}', '{:%m/%d/%Y}'.format(d), format(d, '%b-%d'))
print(f'{d!s:>14}|', f'{d!r:>20}|')
spec = '%Y%m%d'
print(f'{d:{spec}}', '{0:{1}}'.format(d, '[%d]'))
class Passthrough:
    def __format__(self, spec):
        return f'<{spec!r}>'
print(f'{Passthrough():>10.3f}', f'{Passthrough():{"a"}{"b"}}', '{:}'.format(Passthrough()), format(Passthrough(), '!r'))
