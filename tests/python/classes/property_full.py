# property with getter, setter, deleter and documentation
class Temperature:
    def __init__(self):
        self._c = 0
    @property
    def celsius(self):
        "Temperature in Celsius."
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError('below absolute zero')
        self._c = v
    @celsius.deleter
    def celsius(self):
        print('reset')
        self._c = 0
    fahrenheit = property(lambda self: self._c * 9 / 5 + 32, doc='Derived Fahrenheit.')
t = Temperature()
t.celsius = 100
print(t.celsius, t.fahrenheit)
del t.celsius
print(t.celsius)
try:
    t.celsius = -300
except ValueError as e:
    print('ValueError:', e)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print('AttributeError:', e)
try:
    del t.fahrenheit
except AttributeError as e:
    print('AttributeError:', e)
print(Temperature.celsius.__doc__)
print(Temperature.fahrenheit.__doc__)
p = Temperature.celsius
print(type(p).__name__, p.fget.__name__, p.fset.__name__, p.fdel.__name__)
print(Temperature.fahrenheit.fset)
