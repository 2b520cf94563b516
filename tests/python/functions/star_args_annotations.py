# *args and **kwargs with annotations, introspected via __annotations__ and __code__
def f(*numbers: int, **options: str) -> 'summary':
    return len(numbers), sorted(options)
print(f(1, 2, 3, a='x', b='y'))
print(f.__annotations__)
print(f.__code__.co_argcount, f.__code__.co_varnames)
def big(*args): return len(args), args[-1]
print(big(*range(1000)))
def kw(**kwargs): return len(kwargs)
print(kw(**{f'k{i}': i for i in range(300)}))
