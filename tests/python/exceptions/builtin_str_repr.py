# str() and repr() of built-in exceptions with zero, one and several arguments
for cls in (Exception, ValueError, TypeError, RuntimeError, IndexError, AttributeError, NameError, ZeroDivisionError):
    print(cls.__name__, '|', str(cls()), '|', repr(cls()), '|', str(cls('m')), '|', repr(cls('m')), '|', str(cls('a', 2)), '|', repr(cls('a', 2)))
print(repr(ValueError('quote\'s')), repr(ValueError("dq\"")), repr(ValueError(None)), str(ValueError(None)))
print(str(Exception([1, 2])), repr(Exception((1,))), str(Exception(('only',))))
e = ValueError('x')
e.args = ('changed', 'args')
print(e, e.args)
e.args = 'abc'
print(e.args)
print(ValueError('a') == ValueError('a'), type(BaseException().args).__name__)
