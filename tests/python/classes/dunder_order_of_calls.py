# evaluation order of operator dunder calls in expressions and augmented subscripts
class T:
    def __init__(self, n): self.n = n
    def __add__(self, o):
        print(f'{self.n}+{o.n}')
        return T(f'({self.n}+{o.n})')
    def __mul__(self, o):
        print(f'{self.n}*{o.n}')
        return T(f'({self.n}*{o.n})')
    def __pow__(self, o):
        print(f'{self.n}**{o.n}')
        return T(f'({self.n}**{o.n})')
a, b, c, d = T('a'), T('b'), T('c'), T('d')
print((a + b * c + d).n)
print((a ** b ** c).n)
class Box:
    def __init__(self): self.d = {'k': 1}
    def __getitem__(self, k):
        print('getitem', k)
        return self.d[k]
    def __setitem__(self, k, v):
        print('setitem', k, v)
        self.d[k] = v
def key():
    print('key evaluated')
    return 'k'
bx = Box()
bx[key()] += 10
print(bx.d)
class Obj:
    def __getattribute__(self, n):
        print('get attr', n)
        return object.__getattribute__(self, n)
    def __setattr__(self, n, v):
        print('set attr', n, v)
        object.__setattr__(self, n, v)
o = Obj()
o.x = 1
o.x *= 3
