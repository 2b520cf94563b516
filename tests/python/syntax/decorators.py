# function and class decorators, stacked, with arguments
def shout(fn):
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs).upper() + '!'
    return wrapper
def repeat(n):
    def deco(fn):
        def wrapper(*args):
            return [fn(*args) for _ in range(n)]
        return wrapper
    return deco
calls = []
def trace(fn):
    calls.append(fn.__name__)
    return fn
@shout
def greet(name):
    return f'hello {name}'
print(greet('bob'))
@repeat(3)
def one():
    return 1
print(one())
@trace
@shout
def stacked():
    return 'x'
print(stacked(), calls)
def register(cls):
    cls.registered = True
    return cls
@register
class Thing:
    pass
print(Thing.registered)
@(lambda f: f())
def evaluated_now():
    return 'result replaces the function'
print(evaluated_now)
