# Language features from What's New 3.8-3.11: f-string '=', positional-only parameters, walrus, X | Y types, dict union, removeprefix.
# whats new 3.8-3.11 grab bag
print(f'{"abc"=}', f'{1+1=}', f'{ "x" = }', f'{3.0=:.1f}', f'{[1,2]=!s}')
def f(a, b, /, c, d, *, e, f): return a, b, c, d, e, f
print(f(10, 20, 30, d=40, e=50, f=60))
print('abc'.removeprefix('ab'), 'abc'.removesuffix('bc'), {'a': 1} | {'b': 2}, list[int], tuple[int, ...] == tuple[int, ...], dict[str, int]({'a': 1}))
print(int | str, type(int | str).__name__, isinstance(1, int | str), isinstance('a', (int | None)), issubclass(bool, int | float), (int | str).__args__, int | str == str | int)
try: isinstance(1, list[int])
except TypeError as e: print(e)
print((1).bit_count(), (5).as_integer_ratio(), 'ab'.isascii(), sum([0.1] * 10) == 1.0, round(1.5e-7, 8))
print(list(zip(range(3), 'abc', strict=True)), aiter, anext)
nums = [1, 2, 3]
if any((found := n) > 1 for n in nums): print('found', found)
while (chunk := nums.pop()) > 2: print('chunk', chunk)
print(chunk, nums)
match {'cmd': 'move', 'args': [1, 2]}:
    case {'cmd': 'move', 'args': [x, y]}: print('move', x, y)
print(*[1, 2], **{}) if True else None
print((x := 5, x + 1), x)
lst = [y := 10, y ** 2]; print(lst)
def pos(a, /): return a
try: pos(a=1)
except TypeError as e: print(e)
print(dict(a=1) | dict(a=2), (d := {'x': 1}).update(y=2), d)
s = {'b': 1, 'a': 2}
print(list(reversed(s)), list(reversed(s.items())), list(reversed(s.values())))
print(str.removeprefix.__doc__ is not None, 'x'.center.__name__)
print(pow(38, -1, 97), (2 ** 100).bit_length(), int.__index__(5))
try: print(f'{1:{2:{3}}}')
except ValueError as e: print(e)
print(type(...), ... is Ellipsis, [...], {...: ...})
print(complex('1+2j') == 1+2j, 0b_1010, 0o_17, 0x_ff_ff, 1_000.000_1)
print(f"{'nested' + f'{1 + 1}'}", f"{'{'}", f"{'}'}", f'{"a" "b"}', f'{3:{"<"}5}|')
x = 10
print(f'{x!r:>5}', f'{x:#06x}', f'{x:{"+"}}', f'{"%d" % x}', f'{x if x else 0}', f'{(lambda: x)()}', f'{x:=^9}')
print(f'{x = !r:>5}', f'{x=:#x}', f'''{
x
}''')
