# ExceptionGroup / BaseExceptionGroup construction, attributes, str and repr
eg = ExceptionGroup('several', [ValueError(1), TypeError('t')])
print(type(eg).__name__, eg.message, eg.exceptions, len(eg.exceptions))
print(str(eg))
print(repr(eg))
print(isinstance(eg, Exception), isinstance(eg, BaseExceptionGroup), eg.args[0], type(eg.args[1]).__name__)
beg = BaseExceptionGroup('base', [KeyboardInterrupt()])
print(type(beg).__name__, isinstance(beg, Exception))
auto = BaseExceptionGroup('auto', [ValueError()])
print(type(auto).__name__)
one = ExceptionGroup('one', [KeyError('k')])
print(str(one), repr(one))
nested = ExceptionGroup('outer', [ValueError('a'), ExceptionGroup('inner', [TypeError('b')])])
print(nested, repr(nested.exceptions[1]))
for bad in (lambda: ExceptionGroup('x', []), lambda: ExceptionGroup('x', [1]),
            lambda: ExceptionGroup('x', ValueError()), lambda: ExceptionGroup(1, [ValueError()]),
            lambda: ExceptionGroup('x', [KeyboardInterrupt()])):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)
