# custom exception classes with __init__, __str__, extra attributes and hierarchies
class AppError(Exception):
    """Base for the app."""
class NotFound(AppError):
    def __init__(self, what, where='db'):
        super().__init__(what, where)
        self.what, self.where = what, where
    def __str__(self):
        return f'{self.what} not found in {self.where}'
class Invalid(AppError, ValueError):
    pass
for exc in (NotFound('user'), NotFound('file', where='disk'), Invalid('bad', 1), AppError()):
    try:
        raise exc
    except AppError as e:
        print(type(e).__name__, '|', e, '|', repr(e), '|', e.args)
try:
    raise Invalid('dual')
except ValueError as e:
    print('caught as ValueError:', e, [c.__name__ for c in type(e).__mro__])
print(AppError.__doc__, NotFound('x').what)
class WithDefault(Exception):
    def __init__(self, msg='default message'):
        super().__init__(msg)
try:
    raise WithDefault
except WithDefault as e:
    print(e)
class Counted(Exception):
    count = 0
    def __init__(self, *a):
        Counted.count += 1
        super().__init__(*a)
for i in range(3):
    try:
        raise Counted(i)
    except Counted:
        pass
print(Counted.count)
