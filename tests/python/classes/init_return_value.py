# __init__ must return None; exceptions from __init__ propagate
class Bad:
    def __init__(self):
        return 5
try:
    Bad()
except TypeError as e:
    print('TypeError:', e)
class Fails:
    def __init__(self, x):
        if x < 0:
            raise ValueError('x must be >= 0')
        self.x = x
print(Fails(1).x)
try:
    Fails(-1)
except ValueError as e:
    print('ValueError:', e)
class Args:
    def __init__(self, a, b=2):
        self.t = (a, b)
print(Args(1).t, Args(b=3, a=4).t)
for call in (lambda: Args(), lambda: Args(1, 2, 3), lambda: Args(1, c=1)):
    try:
        call()
    except TypeError as e:
        print('TypeError:', e)
