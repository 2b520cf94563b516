# subclassing Exception and object: args, str, repr, extra attributes
class AppError(Exception):
    pass
e = AppError('boom', 42)
print(e.args, str(e), repr(e))
class CodeError(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
c = CodeError(404, 'not found')
print(c.args, str(c), repr(c), c.code)
class NoSuper(Exception):
    def __init__(self, x):
        self.x = x
n = NoSuper(5)
print(n.args, str(n), repr(n))
class Pretty(ValueError):
    def __str__(self): return 'pretty ' + str(self.args)
try:
    raise Pretty(1, 2)
except ValueError as err:
    print(err, repr(err), isinstance(err, Exception))
class Plain(object):
    pass
print(Plain.__bases__, issubclass(Plain, object))
print(repr(AppError()), str(AppError()), repr(AppError('single')))
