# return in finally overrides a return or an exception from try
def f():
    try:
        return 'try'
    finally:
        return 'finally'
print(f())
def g():
    try:
        raise ValueError('lost')
    finally:
        return 'swallowed'
print(g())
def h():
    x = 1
    try:
        return x
    finally:
        x = 2
        print('finally sets x =', x)
print(h())
def k():
    items = []
    try:
        return items
    finally:
        items.append('mutated after return value computed')
print(k())
def nested():
    try:
        try:
            return 'inner'
        finally:
            print('inner finally')
    finally:
        print('outer finally')
print(nested())
