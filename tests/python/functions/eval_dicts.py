# eval with explicit globals and locals mappings
print(eval('1 + 2 * 3'))
print(eval('x * y', {'x': 6}, {'y': 7}))
print(eval('x', {'x': 'global'}, {'x': 'local'}))
ns = {}
print(eval('abs(-3)', ns), '__builtins__' in ns)
try:
    eval('abs(-3)', {'__builtins__': {}})
except NameError as e:
    print('NameError:', e)
print(eval('[i * i for i in range(n)]', {'n': 4}))
class Lookup(dict):
    def __missing__(self, key):
        return key.upper()
print(eval('hello + world', {}, Lookup()))
print(eval('  1 + 1  '), eval('\n2\n'.strip()))
try:
    eval('x = 1')
except SyntaxError as e:
    print('SyntaxError:', e.msg)
try:
    eval('undefined_thing')
except NameError as e:
    print('NameError:', e)
code = compile('a + b', '<expr>', 'eval')
print(eval(code, {'a': 1, 'b': 2}), eval(code, {'a': 'x', 'b': 'y'}))
try:
    eval(42)
except TypeError as e:
    print('TypeError:', e)
