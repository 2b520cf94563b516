# class bodies are not enclosing scopes for their methods
x = 'module x'
class C:
    x = 'class x'
    y = x + ' (seen in class body)'
    def method(self):
        return x            # skips the class scope
    def via_self(self):
        return self.x
    def via_class(self):
        return C.x
print(C.y)
print(C().method(), '|', C().via_self(), '|', C().via_class())
class Outer:
    name = 'Outer'
    class Inner:
        try:
            seen = name
        except NameError as e:
            seen = 'NameError: ' + str(e)
    def get_inner(self):
        try:
            return Inner
        except NameError as e:
            return 'NameError: ' + str(e)
print(Outer.Inner.seen)
print(Outer().get_inner())
def func():
    v = 'function local'
    class K:
        seen = v            # class bodies do see enclosing function scopes
        def m(self):
            return v
    return K.seen, K().m()
print(func())
class Counter:
    n = 0
    n += 1
    n = n * 10
print(Counter.n)
