# CPython's compiler allows three levels of syntax-tree nesting per level of the recursion limit, counted from
# the recursion depth of the code that compiles: deeper expressions (long chains of +, attribute accesses,
# calls, subscripts) raise "RecursionError: maximum recursion depth exceeded during compilation".
import sys


def attempt(label, source, mode='exec'):
    try:
        compile(source, '<deep>', mode)
        print(label, 'compiled')
    except RecursionError as e:
        print(label, 'RecursionError:', e)


def at_depth(depth, label, source):
    if depth:
        return at_depth(depth - 1, label, source)
    attempt(label, source)


# The exact threshold depends on how CPython's specialising interpreter happened to make the calls in progress,
# so the lengths tried stay some way from it.
for n in (2900, 3000):
    attempt(f'sum of {n}', '+'.join(['1'] * n))
    attempt(f'attributes {n}', 'x' + '.a' * n)
    attempt(f'calls {n}', 'f' + '()' * n)
    attempt(f'subscripts {n}', 'x' + '[0]' * n)
    attempt(f'in a function {n}', 'def f():\n    return ' + '+'.join(['1'] * n))
    attempt(f'eval mode {n}', '+'.join(['1'] * n), 'eval')
for n in (2600, 2800):
    at_depth(100, f'sum of {n} at depth 100', '+'.join(['1'] * n))
sys.setrecursionlimit(2000)
for n in (3000, 5900, 6000):
    attempt(f'sum of {n} with limit 2000', '+'.join(['1'] * n))
print(eval('+'.join(['1'] * 2500)))
