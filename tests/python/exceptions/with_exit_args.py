# __exit__ receives (type, value, traceback); the as-target may be anything __enter__ returns
class Inspect:
    def __enter__(self):
        return [1, 2]
    def __exit__(self, exc_type, exc, tb):
        print('type:', exc_type)
        print('value:', repr(exc))
        print('tb is None:', tb is None)
        return True
with Inspect() as (a, b):
    print('unpacked', a, b)
with Inspect() as lst:
    lst.append(3)
    raise ValueError('inside', 42)
class Store:
    pass
s = Store()
with Inspect() as s.attr:
    pass
print(s.attr)
d = {}
with Inspect() as d['k']:
    pass
print(d)
