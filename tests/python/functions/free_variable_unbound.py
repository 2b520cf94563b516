# reading a free variable whose cell is empty raises NameError
def outer():
    def inner():
        return x
    try:
        inner()
    except NameError as e:
        print(type(e).__name__ + ':', e)
    x = 1
    print(inner())
    del x
    try:
        inner()
    except NameError as e:
        print(type(e).__name__ + ':', e)
outer()
def f():
    y = 1
    def g():
        nonlocal y
        del y
    g()
    try:
        return y
    except UnboundLocalError as e:
        print('UnboundLocalError:', e)
f()
