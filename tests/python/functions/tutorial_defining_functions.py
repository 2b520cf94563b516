# Python tutorial ch. 4.8 style: defaults, keyword, positional-only, keyword-only, *args/**kwargs, lambdas, docstrings, annotations, call errors.
def ask_ok(prompt, retries=4, reminder='Please try again!'):
    return (prompt, retries, reminder)
print(ask_ok('Do you really want to quit?'), ask_ok('OK?', 2), ask_ok('OK?', 2, 'Come on'), ask_ok(reminder='x', prompt='y'))
i = 5
def f(arg=i): print(arg)
i = 6
f()
def f(a, L=[]):
    L.append(a)
    return L
print(f(1), f(2), f(3))
def parrot(voltage, state='a stiff', action='voom', type='Norwegian Blue'):
    print("-- This parrot wouldn't", action, end=' ')
    print("if you put", voltage, "volts through it.")
parrot(1000); parrot(voltage=1000); parrot(voltage=1000000, action='VOOOOOM'); parrot('a million', 'bereft of life', 'jump')
for call in ["parrot()", "parrot(voltage=5.0, 'dead')", "parrot(110, voltage=220)", "parrot(actor='John Cleese')"]:
    try:
        eval(call)
    except (TypeError, SyntaxError) as e:
        print(type(e).__name__, e)
def cheeseshop(kind, *arguments, **keywords):
    print("-- Do you have any", kind, "?")
    for arg in arguments: print(arg)
    print("-" * 40)
    for kw in keywords: print(kw, ":", keywords[kw])
cheeseshop("Limburger", "It's very runny, sir.", "It's really very, VERY runny, sir.", shopkeeper="Michael Palin", client="John Cleese", sketch="Cheese Shop Sketch")
def standard_arg(arg): print(arg)
def pos_only_arg(arg, /): print(arg)
def kwd_only_arg(*, arg): print(arg)
def combined_example(pos_only, /, standard, *, kwd_only): print(pos_only, standard, kwd_only)
standard_arg(2); standard_arg(arg=2); pos_only_arg(1); kwd_only_arg(arg=3)
combined_example(1, 2, kwd_only=3); combined_example(1, standard=2, kwd_only=3)
tests = [lambda: pos_only_arg(arg=1), lambda: kwd_only_arg(3), lambda: combined_example(1, 2, 3), lambda: combined_example(pos_only=1, standard=2, kwd_only=3),
         lambda: standard_arg(), lambda: standard_arg(1, 2), lambda: combined_example(), lambda: kwd_only_arg(), lambda: standard_arg(1, arg=2),
         lambda: ask_ok(), lambda: ask_ok(1, 2, 3, 4), lambda: ask_ok(1, nope=3), lambda: cheeseshop(), lambda: (lambda x, y, *, z, w: 0)(1),
         lambda: (lambda x, y, *, z, w: 0)(1, 2), lambda: (lambda a, b=1, /, c=2, *d, e, f=3, **g: 0)(), lambda: (lambda *, a, b: 0)(1, 2, a=1),
         lambda: (lambda a, /, **kw: kw)(1, a=2), lambda: f(**{'a': 1}, **{'a': 2}), lambda: f(*5), lambda: f(**5), lambda: f(**{1: 2}),
         lambda: (lambda a, b, c: 0)(1, 2, 3, 4, 5), lambda: (lambda a, b=2: 0)(1, 2, 3), lambda: (lambda: 0)(1), lambda: (lambda: 0)(x=1),
         lambda: len(), lambda: len(1, 2), lambda: len(x=1), lambda: int(1, 2, 3), lambda: isinstance(1), lambda: print(sep=1), lambda: sorted([], 1),
         lambda: dict.fromkeys(), lambda: [].append(), lambda: [].append(1, 2), lambda: {}.get(), lambda: 'x'.split(1), lambda: 'x'.join([1]), lambda: divmod(1)]
for t in tests:
    try:
        print(t())
    except TypeError as e:
        print('TypeError:', e)
def foo(name, /, **kwds): return 'name' in kwds
print(foo(1, **{'name': 2}))
args = [3, 6]
print(list(range(*args)))
d = {"voltage": "four million", "state": "bleedin' demised", "action": "VOOM"}
parrot(**d)
def make_incrementor(n): return lambda x: x + n
f = make_incrementor(42)
print(f(0), f(1))
pairs = [(1, 'one'), (2, 'two'), (3, 'three'), (4, 'four')]
pairs.sort(key=lambda pair: pair[1]); print(pairs)
def my_function():
    """Do nothing, but document it.

    No, really, it doesn't do anything.
    """
    pass
print(my_function.__doc__)
def fa(ham: str, eggs: str = 'eggs') -> str:
    print("Annotations:", fa.__annotations__)
    print("Arguments:", ham, eggs)
    return ham + ' and ' + eggs
print(fa('spam'))
print(fa.__name__, fa.__qualname__, fa.__defaults__, fa.__kwdefaults__, combined_example.__kwdefaults__, fa.__code__.co_argcount, fa.__code__.co_varnames)
def outer():
    def inner(): pass
    return inner
print(outer().__qualname__, (lambda: 0).__name__, (lambda: 0).__qualname__, outer.__module__)
def kw(*, a=1, b): return a, b
print(kw(b=2), kw.__kwdefaults__)
def deco(fn):
    def wrapper(*a, **k):
        print('calling', fn.__name__, a, k)
        return fn(*a, **k)
    wrapper.__wrapped__ = fn
    return wrapper
@deco
def add(x, y=0): return x + y
print(add(1, y=2))
def gen_closures():
    return [lambda: i for i in range(3)], [lambda i=i: i for i in range(3)]
a, b = gen_closures()
print([x() for x in a], [x() for x in b])
def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
c = counter(); c(); c(); print(c(), c.__closure__[0].cell_contents)
print(repr(fa).startswith('<function fa at'), str(print), repr(len), repr([].append)[:26], type(lambda: 0).__name__)
def rec_default(a, b=(1, [2])): return b
print(rec_default(1) is rec_default(2))
print((lambda *a, **k: (a, k))(1, 2, x=3), (lambda a, *, b: (a, b))(1, b=2))
def annot(a: int, *args: str, b: 'B' = 1, **kw: float) -> None: pass
print(annot.__annotations__)
x: int = 5
y: list[int]
print(__annotations__)
add(1, 2, 3)
