# the class statement: body executes once, creates names, methods are plain functions
print('before')
class C:
    print('executing body')
    x = 1
    y = x + 1
    def m(self):
        return 'm'
    for i in range(3):
        x += i
    del i
print('after')
print(C.x, C.y, C.m(C()))
print(sorted(k for k in C.__dict__ if not k.startswith('__')))
print(type(C).__name__, type(C()).__name__)
class Empty:
    pass
e = Empty()
e.a = 1
print(e.a, vars(e))
class D:
    "docstring"
print(D.__doc__, Empty.__doc__)
