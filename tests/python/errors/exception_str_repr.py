# str() and repr() of exceptions with different argument counts
for e in [ValueError(), ValueError('one'), ValueError('one', 2), ValueError(42),
          KeyError('k'), KeyError(), KeyError('a', 'b'), KeyError(1),
          IndexError('idx'), Exception(None), Exception(''), ZeroDivisionError('division by zero'),
          StopIteration(5), SystemExit(2)]:
    print(f'str={str(e)!r:25} repr={e!r:35} args={e.args}')
class Custom(Exception):
    def __init__(self, code):
        super().__init__(f'code {code}')
        self.code = code
c = Custom(404)
print(str(c), repr(c), c.args, c.code)
class WithStr(Exception):
    def __str__(self):
        return 'custom str'
print(str(WithStr('ignored')), repr(WithStr('x')))
