# exec runs statements in the given namespaces and returns None
ns = {}
r = exec('x = 1\ny = x + 1\ndef f(z):\n    return x + y + z\n', ns)
print(r, ns['x'], ns['y'], ns['f'](10))
g, l = {'base': 100}, {}
exec('total = base + 5\nclass K:\n    v = 1\n', g, l)
print(sorted(l), l['total'], 'total' in g)
src = '''
result = []
for i in range(3):
    result.append(i * i)
'''
exec(src, ns)
print(ns['result'])
exec('import sys as _s\nname = _s.__name__', ns)
print(ns['name'])
counter = 0
exec('counter += 1')
print(counter)
def run_in_function():
    exec('inner_var = 5')
    return 'inner_var' in locals()
print(run_in_function())
try:
    exec('1 +')
except SyntaxError as e:
    print('SyntaxError:', e.msg, e.lineno)
try:
    exec('raise ValueError("from exec")')
except ValueError as e:
    print('ValueError:', e)
exec(compile('print("compiled exec")', '<s>', 'exec'))
