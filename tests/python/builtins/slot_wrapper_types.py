# Slot methods of built-in types are wrapper_descriptor / method-wrapper objects; method descriptors bind with __get__; built-in __new__ is a method of the type.
for f in [int.__add__, list.append, (1).__add__, [].append, object.__init__, object().__init__, len, int.__dict__["__add__"], str.__len__, "a".__len__, type.__call__, dict.__getitem__, {}.__getitem__, int.__new__, object.__new__]:
    print(type(f).__name__, f.__name__, f.__qualname__, getattr(f, "__objclass__", None), repr(f).split(" at ")[0])
print((1).__add__.__self__, (1).__add__(2), int.__add__(1, 2), type((1).__add__) is type([].__len__))
print((1).__add__ == (1).__add__, (1).__add__ == (2).__add__)
print(callable(int.__add__), int.__add__.__get__(5)(6), int.__add__.__get__(5, int)(7))

print(list.append.__get__([1])(2), list.append.__get__(None, list) is list.append)
try:
    list.append.__get__(5)
except TypeError as e:
    print(e)
try:
    int.__add__.__get__("x")
except TypeError as e:
    print(e)
print(int.__new__.__self__, object.__new__.__name__, dict.__new__.__qualname__)
