# positional-only parameters: passing them by keyword and collecting them in **kwargs
def f(a, b, /, c, *, d):
    return a, b, c, d
print(f(1, 2, 3, d=4), f(1, 2, c=3, d=4))
for call in (lambda: f(1, b=2, c=3, d=4), lambda: f(a=1, b=2, c=3, d=4), lambda: f(1, 2, 3, 4)):
    try:
        call()
    except TypeError as e:
        print(e)
def g(a, /, **kw):
    return a, kw
print(g(1, a=2, b=3))
def h(x=1, /, y=2):
    return x, y
print(h(), h(5), h(5, 6), h(y=7))
try:
    h(x=1)
except TypeError as e:
    print(e)
print(divmod(7, 2))
try:
    divmod(a=7, b=2)
except TypeError as e:
    print(e)
try:
    len(obj=[1])
except TypeError as e:
    print(e)
