# split/subgroup use derive(); subclasses override it to keep extra state
class MyGroup(ExceptionGroup):
    def __new__(cls, message, excs, code=0):
        obj = super().__new__(cls, message, excs)
        obj.code = code
        return obj
    def __init__(self, message, excs, code=0):
        super().__init__(message, excs)
    def derive(self, excs):
        return MyGroup(self.message, excs, self.code)
g = MyGroup('mine', [ValueError(1), TypeError(2)], code=7)
m, r = g.split(ValueError)
print(type(m).__name__, m.code, m.exceptions, type(r).__name__, r.code)
class Plain(ExceptionGroup):
    pass
p = Plain('plain', [ValueError(1), TypeError(2)])
p.add_note('a note')
sub = p.subgroup(ValueError)
print(type(sub).__name__, sub.exceptions, sub.__notes__)
d = p.derive([KeyError('x')])
print(type(d).__name__, d.message, d.exceptions)
print(repr(ExceptionGroup('e', [ValueError()]).derive([IndexError()])))
