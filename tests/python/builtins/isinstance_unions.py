# isinstance/issubclass with nested tuples and X | Y union types
print(isinstance(1, (str, (float, (int,)))), isinstance('s', ()), issubclass(bool, (str, int)))
print(isinstance(1, int | str), isinstance(None, int | None), isinstance(1.5, int | str), issubclass(bool, int | float))
u = int | str
print(u, type(u).__name__, u.__args__, (int | str) == (str | int), int | int, (int | None))
print(isinstance([], list | dict | set), isinstance(3, (int | str, float)))
for bad in (lambda: isinstance(1, list[int]), lambda: isinstance(1, 'int'), lambda: issubclass(1, int), lambda: isinstance(1, (int, 'x')),
            lambda: int | 'str', lambda: isinstance(1, int | list[int])):
    try:
        print(bad())
    except TypeError as e:
        print('TypeError:', e)
