# abstract methods by convention: NotImplementedError, and template methods
class Shape:
    def area(self):
        raise NotImplementedError(f'{type(self).__name__} must implement area')
    def describe(self):
        return f'{type(self).__name__} with area {self.area():.2f}'
class Square(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
class Circle(Shape):
    def __init__(self, r): self.r = r
    def area(self): return 3.14159 * self.r ** 2
class Blob(Shape):
    pass
for s in (Square(2), Circle(1), Blob()):
    try:
        print(s.describe())
    except NotImplementedError as e:
        print('NotImplementedError:', e)
print(issubclass(NotImplementedError, RuntimeError), NotImplemented is not NotImplementedError)
