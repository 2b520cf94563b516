# simple classes: __init__, methods, class attributes, inheritance, super
class Animal:
    kind = 'animal'
    count = 0
    def __init__(self, name):
        self.name = name
        Animal.count += 1
    def speak(self):
        return f'{self.name} makes a sound'
    def describe(self):
        return f'{self.name} is an {self.kind}'
class Dog(Animal):
    kind = 'dog'
    def speak(self):
        return f'{self.name} barks'
class Puppy(Dog):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age
    def speak(self):
        return super().speak() + ' softly'
a = Animal('generic')
d = Dog('rex')
p = Puppy('bit', 1)
for x in (a, d, p):
    print(x.speak(), '|', x.describe())
print(Animal.count, p.age)
print(isinstance(p, Animal), isinstance(a, Dog), issubclass(Puppy, Dog))
print(type(p).__name__, Puppy.__bases__[0].__name__, [c.__name__ for c in Puppy.__mro__])
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f'Point({self.x}, {self.y})'
    def __eq__(self, other):
        return (self.x, self.y) == (other.x, other.y)
    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)
print(Point(1, 2) + Point(3, 4), Point(1, 1) == Point(1, 1), [Point(0, 0)])
