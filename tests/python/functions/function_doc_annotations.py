# __doc__ and __annotations__ of functions, lambdas and classes
def documented(a: int, b: 'str' = 'x', *args: float, c: list = None, **kw: dict) -> bool:
    """First line.

    More details."""
    return True
print(documented.__doc__.splitlines())
print(documented.__annotations__)
def bare(a, b): pass
print(bare.__doc__, bare.__annotations__)
print((lambda x: x).__doc__)
def only_return() -> 'result': pass
print(only_return.__annotations__)
def not_doc():
    x = 1
    """too late"""
print(not_doc.__doc__)
class C:
    x: int
    y: str = 'y'
    def m(self) -> None: pass
print(C.__annotations__, C.m.__annotations__, 'x' in C.__dict__)
documented.__annotations__ = {'replaced': True}
print(documented.__annotations__)
def side_effect():
    print('annotation evaluated at def time')
    return int
def g(x: side_effect()): pass
print(g.__annotations__)
