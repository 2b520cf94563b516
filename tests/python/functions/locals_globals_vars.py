# locals(), globals() and vars() at module, function and class level
g1 = 'global one'
def f(a, b=2):
    c = a + b
    loc = locals()
    return sorted(loc.items())
print(f(1))
print(globals()['g1'], globals() is vars(), 'f' in globals())
globals()['made_by_dict'] = 42
print(made_by_dict)
def nested():
    free = 'free var'
    def inner():
        return sorted(locals())
    def uses():
        return free, sorted(locals())
    return inner(), uses()
print(nested())
class C:
    x = 1
    snapshot = sorted(k for k in locals() if not k.startswith('__'))
print(C.snapshot)
class D:
    def __init__(self): self.p, self.q = 1, 2
print(vars(D()), sorted(k for k in vars(D) if not k.startswith('__')))
try:
    vars(5)
except TypeError as e:
    print('TypeError:', e)
def modify():
    v = 1
    locals()['v'] = 2
    return v
print(modify())
