# cooperative multiple inheritance: each super() call follows the MRO of the instance
class Root:
    def __init__(self, **kw):
        print('Root', sorted(kw))
class A(Root):
    def __init__(self, a=None, **kw):
        print('A start', a)
        super().__init__(**kw)
        print('A end')
class B(Root):
    def __init__(self, b=None, **kw):
        print('B start', b)
        super().__init__(**kw)
        print('B end')
class C(A, B):
    def __init__(self, c=None, **kw):
        print('C start', c)
        super().__init__(**kw)
        print('C end')
C(a=1, b=2, c=3, d=4)
print([k.__name__ for k in C.__mro__])
class Mixin:
    def describe(self):
        return 'Mixin+' + super().describe()
class Core:
    def describe(self):
        return 'Core'
class Thing(Mixin, Core):
    def describe(self):
        return 'Thing+' + super().describe()
print(Thing().describe())
