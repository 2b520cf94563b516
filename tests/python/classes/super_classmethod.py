# super() inside classmethods and staticmethod-free factory chains
class Base:
    registry = []
    @classmethod
    def create(cls, *args):
        Base.registry.append(cls.__name__)
        return cls(*args)
    @classmethod
    def describe(cls):
        return f'Base.describe({cls.__name__})'
    def __init__(self, *args):
        self.args = args
class Child(Base):
    @classmethod
    def create(cls, *args):
        obj = super().create(*args, 'child')
        obj.extra = True
        return obj
    @classmethod
    def describe(cls):
        return 'Child>' + super().describe()
class Grand(Child):
    @classmethod
    def describe(cls):
        return 'Grand>' + super().describe()
c = Child.create(1)
print(type(c).__name__, c.args, c.extra)
g = Grand.create(2, 3)
print(type(g).__name__, g.args)
print(Grand.describe())
print(Base.registry)
print(Grand().describe())
