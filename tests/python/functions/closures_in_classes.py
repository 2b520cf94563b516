# closures and class bodies: methods do not see class-level names, but see enclosing function names
def make_class(prefix):
    class Greeter:
        greeting = 'hello'
        def greet(self, name):
            return f'{prefix} {self.greeting} {name}'
        def broken(self):
            return greeting
    return Greeter
G = make_class('>>')
g = G()
print(g.greet('ann'))
try:
    g.broken()
except NameError as e:
    print('NameError:', e)
def outer():
    x = 'function x'
    class C:
        x = 'class x'
        y = x
        def m(self):
            return x
    return C
C = outer()
print(C.y, C().m())
class D:
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]
    try:
        shifted = [v + n for v in vals for n in vals]
    except NameError as e:
        shifted = 'NameError: ' + str(e)
print(D.doubled, D.shifted)
