# __name__ and __qualname__ of nested functions, methods, lambdas and comprehensions
def outer():
    def inner():
        def innermost(): pass
        return innermost
    return inner, inner()
a, b = outer()
print(outer.__name__, a.__qualname__, b.__qualname__)
class K:
    def method(self):
        def helper(): pass
        return helper
    class Nested:
        def deep(self): pass
    lam = lambda self: None
print(K.method.__qualname__, K().method().__qualname__, K.Nested.deep.__qualname__, K.lam.__qualname__)
f = lambda: None
print(f.__name__, f.__qualname__)
gs = [lambda: 0 for _ in range(1)]
print(gs[0].__qualname__)
def rename(): pass
rename.__name__ = 'renamed'
rename.__qualname__ = 'Some.renamed'
print(rename.__name__, rename.__qualname__)
try:
    rename.__name__ = 5
except TypeError as e:
    print('TypeError:', e)
print(len.__name__, len.__qualname__, str.upper.__qualname__, [].append.__qualname__)
