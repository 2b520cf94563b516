# class decorators receive and may replace the class
def register(cls):
    print('registering', cls.__name__)
    cls.registered = True
    return cls
def add_repr(cls):
    def __repr__(self):
        fields = ', '.join(f'{k}={v!r}' for k, v in vars(self).items())
        return f'{cls.__name__}({fields})'
    cls.__repr__ = __repr__
    return cls
def with_tag(tag):
    def deco(cls):
        cls.tag = tag
        return cls
    return deco
@register
@add_repr
@with_tag('t1')
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
print(Point(1, 'b'), Point.registered, Point.tag)
def replace(cls):
    return 'replaced'
@replace
class Gone: pass
print(Gone)
def singleton(cls):
    return cls()
@singleton
class config:
    debug = False
print(config.debug, type(config).__name__)
