# The __init__ of built-in types is a slot wrapper named "__init__", whatever its argument errors call it.
for t in (list, dict, set, bytearray, property, object):
    f = t.__init__
    print(f.__name__, f.__qualname__, repr(f), type(f).__name__)

calls = [
    lambda: list.__init__(5),
    lambda: list.__init__(),
    lambda: dict.__init__(1),
    lambda: set.__init__('x'),
    lambda: bytearray.__init__([]),
    lambda: list.append(5, 1),
    lambda: list.__init__([], 1, 2),
    lambda: dict.__init__({}, 1, 2),
    lambda: set.__init__(set(), 1, 2),
]
for call in calls:
    try:
        call()
    except TypeError as e:
        print('TypeError:', e)

# Called on a proper instance, they re-initialise it.
items = [1, 2, 3]
list.__init__(items, 'ab')
print(items)
d = {'old': 1}
dict.__init__(d, new=2)
print(d)
s = {9}
set.__init__(s, [1, 2])
print(sorted(s))
