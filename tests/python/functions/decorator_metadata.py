# a hand-written wraps: copying __name__, __qualname__, __doc__, __dict__ and setting __wrapped__
def wraps(original):
    def apply(wrapper):
        for attr in ('__module__', '__name__', '__qualname__', '__doc__'):
            setattr(wrapper, attr, getattr(original, attr))
        wrapper.__dict__.update(original.__dict__)
        wrapper.__wrapped__ = original
        return wrapper
    return apply
def logged(fn):
    @wraps(fn)
    def wrapper(*args, **kwargs):
        print('calling', fn.__name__, args, kwargs)
        return fn(*args, **kwargs)
    return wrapper
def plain(fn):
    def wrapper(*args):
        return fn(*args)
    return wrapper
@logged
def add(a, b=0):
    """Add two numbers."""
    return a + b
add.unit = 'numbers'
@plain
def sub(a, b):
    """Subtract."""
    return a - b
print(add(1, b=2), add.__name__, add.__qualname__, add.__doc__, add.unit)
print(add.__wrapped__(5, 5), add.__wrapped__.__name__)
print(sub(5, 3), sub.__name__, sub.__qualname__, sub.__doc__)
