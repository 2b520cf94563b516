# stacked decorators apply bottom-up and their wrappers run top-down
def tag(name):
    print('making decorator', name)
    def deco(fn):
        print('applying', name, 'to', fn.__name__)
        def wrapper(*a, **k):
            print('enter', name)
            r = fn(*a, **k)
            print('leave', name)
            return f'<{name}>{r}</{name}>'
        wrapper.__name__ = fn.__name__ + '+' + name
        return wrapper
    return deco
@tag('a')
@tag('b')
@tag('c')
def text(s):
    print('body')
    return s
print(text.__name__)
print(text('hi'))
