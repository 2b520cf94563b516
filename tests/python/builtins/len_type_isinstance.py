# len, type, isinstance
print(len('abc'), len([1, 2]), len((1,)), len({'a': 1}), len({1, 2, 3}), len(range(10)), len(''))
print(type(1).__name__, type(1.0).__name__, type('').__name__, type([]).__name__, type(()).__name__)
print(type({}).__name__, type(set()).__name__, type(None).__name__, type(len).__name__, type(type).__name__)
print(type(1) is int, type(True) is int, type(True) is bool, type(1) == int)
print(isinstance(1, int), isinstance(True, int), isinstance(1, (str, float)), isinstance(1.0, (int, float)))
print(isinstance('a', str), isinstance([], list), isinstance((), tuple), isinstance(None, type(None)))
print(issubclass(bool, int), issubclass(int, object), issubclass(float, int))
print(int, str, list, type(3.5))
class Foo:
    pass
print(type(Foo()).__name__, isinstance(Foo(), Foo), isinstance(Foo, type), type(Foo) is type)
try:
    len(5)
except TypeError as e:
    print('TypeError:', e)
