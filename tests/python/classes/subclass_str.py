# str subclasses: inherited methods return plain str
class S(str):
    def shout(self):
        return self.upper() + '!'
s = S('Hello')
print(s, repr(s), s.shout(), len(s), s[1:], s * 2)
for r in (s.upper(), s + 'x', s[0], s.strip(), s.replace('l', 'L'), s.split('e')[0], format(s), str(s), s.join(['a', 'b'])):
    print(repr(r), type(r).__name__)
print(s == 'Hello', 'ell' in s, s.startswith('He'), {s: 1}['Hello'])
class Tag(str):
    def __repr__(self): return f'Tag({str.__repr__(self)})'
    def __str__(self): return f'<{str.__str__(self)}>'
t = Tag('b')
print(t, repr(t), [t], f'{t}', '%s|%r' % (t, t), str(t), t + 'x')
class Lower(str):
    def __eq__(self, o): return self.lower() == o.lower()
    __hash__ = str.__hash__
print(Lower('ABC') == 'abc', 'abc' == Lower('ABC'))
print(sorted([S('b'), S('a')]), type(sorted([S('b'), S('a')])[0]).__name__)
