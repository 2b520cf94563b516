# Annotated assignments
x: int = 5
y: list[int] = [1, 2]
z: str
print(x, y)
try:
    print(z)
except NameError as e:
    print('NameError:', e)
print(__annotations__)
def f():
    a: int = 1
    b: str
    return a
print(f())
class C:
    count: int = 0
    name: str
print(C.count, C.__annotations__)
def g(n: int, *args: str, key: float = 1.0, **kw: bool) -> list:
    return [n, args, key, kw]
print(g(1, 'a', key=2.0, flag=True))
print(g.__annotations__)
