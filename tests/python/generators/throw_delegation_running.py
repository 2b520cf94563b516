# A generator delegating a throw() to its sub-generator counts as running meanwhile, so the sub-generator cannot
# re-enter it (ValueError: generator already executing), with send, next and throw alike.
def one():
    yield 0
    yield from two()
    yield 3
def two():
    yield 1
    try:
        yield from g1
    except ValueError:
        pass
    yield 2
g1 = one()
print(list(g1))
g1 = one()
res = [next(g1)]
try:
    while True:
        res.append(g1.send(42))
except StopIteration:
    pass
print(res)
class MyErr(Exception):
    pass
def one():
    try:
        yield 0
    except MyErr:
        pass
    yield from two()
    try:
        yield 3
    except MyErr:
        pass
def two():
    try:
        yield 1
    except MyErr:
        pass
    try:
        yield from g1
    except ValueError:
        pass
    try:
        yield 2
    except MyErr:
        pass
g1 = one()
res = [next(g1)]
try:
    while True:
        res.append(g1.throw(MyErr))
except StopIteration:
    pass
except BaseException as e:
    print("unexpected", type(e).__name__, e)
print(res)
