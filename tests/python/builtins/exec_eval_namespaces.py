# exec/eval/compile with custom globals and locals, __missing__ locals, restricted __builtins__, SyntaxErrors from strings.
ns = {}
exec('a = 1\nb = a + 1\ndef f(): return a + b', ns)
print(sorted(k for k in ns if k != '__builtins__'), ns['f'](), '__builtins__' in ns)
print(eval('x * y', {'x': 3}, {'y': 4}), eval('len("abc")'), eval('[i for i in range(3)]', {}))
class Lookup(dict):
    def __missing__(self, k): return k.upper()
print(eval('hello + world', {}, Lookup()))
try: eval('undefined_thing', {})
except NameError as e: print(e)
code = compile('1 + 2', '<expr>', 'eval'); print(eval(code), code.co_filename, type(code).__name__)
exec(compile('print("exec compiled")', 'f', 'exec'))
r = exec('1 + 1'); print(r)
g = {'__builtins__': {'len': len}}
try: exec('print(1)', g)
except NameError as e: print(e)
exec('print(len("ab"))', g)
def outer():
    y = 5
    exec('z = y + 1')
    return 'z' in locals(), locals().get('z')
print(outer())
class C:
    exec('attr = 42')
    loc = sorted(k for k in locals() if not k.startswith('__'))
print(C.attr, C.loc)
print(eval('(lambda: __name__)()'), __name__, eval('__name__', {'__name__': 'custom'}))
try: exec('raise ValueError("from exec")')
except ValueError as e: print(e, e.__traceback__ is not None)
try: eval('1 +')
except SyntaxError as e: print(e.msg, e.filename, e.lineno, e.offset)
try: exec('x = (1,\n2,')
except SyntaxError as e: print(e.msg, e.lineno, e.offset)
try: compile('x', 'f', 'exec', flags=0, dont_inherit=True); print('compiled with flags')
except Exception as e: print(e)
print(eval('  1 + 1'), eval('\n2\n'))
try: eval('  1 +\n 1')
except SyntaxError as e: print(e.msg)
try: exec('  x = 1')
except IndentationError as e: print(e.msg)
print(globals() is vars(), type(__builtins__).__name__)
v = vars(); v['dynamic_global'] = 7; print(dynamic_global)
def lcl():
    loc = locals(); loc['q'] = 1
    try: return q
    except NameError as e: return str(e)
print(lcl())
import sys
mod = sys.modules['__main__']; print(mod.__name__, mod.dynamic_global, hasattr(mod, 'lcl'))
print(callable(eval), eval.__name__, exec.__doc__.split('\n')[0])
