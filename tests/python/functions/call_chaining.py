# calls on call results, subscripts of calls and methods on literals
def make_multiplier(n):
    return lambda x: x * n
print(make_multiplier(3)(4))
def returns_list(): return [lambda: 'first', lambda: 'second']
print(returns_list()[1]())
def returns_dict(): return {'f': str.upper}
print(returns_dict()['f']('shout'))
print('a,b,c'.split(',')[::-1], ' x '.strip().upper().center(5, '*'))
print((1).bit_length(), 1.5.is_integer(), [3, 1, 2].__len__(), 'abc'[1:].__contains__('c'))
class Builder:
    def __init__(self): self.parts = []
    def add(self, p):
        self.parts.append(p)
        return self
    def build(self): return '-'.join(self.parts)
print(Builder().add('a').add('b').add('c').build())
print(print.__call__('called via __call__'))
print(len.__call__([1, 2]), (lambda: 'lam').__call__())
