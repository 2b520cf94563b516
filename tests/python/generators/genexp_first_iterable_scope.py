# the first iterable of a generator expression is evaluated immediately in the enclosing scope
def noisy(label, items):
    print('  evaluating', label)
    return items
g = (x + y for x in noisy('outer', [1, 2]) for y in noisy('inner', [10, 20]))
print('created')
print(list(g))
try:
    bad = (x for x in 42)
except TypeError as e:
    print('TypeError at creation:', e)
bad_inner = (y for x in [1] for y in 42)
print('inner iterable not evaluated yet')
try:
    list(bad_inner)
except TypeError as e:
    print('TypeError when consumed:', e)
class C:
    data = [1, 2, 3]
    factor = 10
    firsts = list(x for x in data)
    try:
        scaled = list(x * factor for x in data)
    except NameError as e:
        scaled = 'NameError: ' + str(e)
print(C.firsts, C.scaled)
n = 1
g = (x * n for x in range(3))
n = 100
print(list(g))
