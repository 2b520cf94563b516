# eval/exec with arbitrary mappings as locals: lookups, dir(), locals(); namespace type errors of eval and exec.
class M:
    def __getitem__(self, key):
        if key == 'a':
            return 12
        raise KeyError
    def keys(self):
        return list('xyz')
m = M()
g = globals()
print(eval('a', g, m))
try: eval('b', g, m)
except NameError as e: print(e)
print(eval('dir()', g, m))
print(eval('globals()', g, m) is g, eval('locals()', g, m) is m)
try: eval('a', m)
except TypeError as e: print(e)
class A: pass
try: eval('a', g, A())
except TypeError as e: print(e)
class D(dict):
    def __getitem__(self, key):
        if key == 'a':
            return 12
        return dict.__getitem__(self, key)
    def keys(self):
        return list('xyz')
d = D()
print(eval('a', g, d))
try: eval('b', g, d)
except NameError as e: print(e)
print(eval('dir()', g, d))
print(len(eval('[locals() for i in (2,3)]', g, d)))
class SpreadSheet:
    _cells = {}
    def __setitem__(self, key, formula):
        self._cells[key] = formula
    def __getitem__(self, key):
        return eval(self._cells[key], globals(), self)
ss = SpreadSheet()
ss['a1'] = '5'
ss['a2'] = 'a1*6'
ss['a3'] = 'a2*7'
print(ss['a3'])
class E:
    def __getitem__(self, k): raise IndexError(k)
try: eval('q', g, E())
except IndexError as e: print('IndexError', e)
exec('z = 3', g, d); print(dict(d))
class M:
    def __getitem__(s,k): return 1
for f in (eval, exec):
  for args in [(M(),), ({}, 5), (5,), ({}, M()), ({}, []), (None, 5), (5, 5), (M(), 5)]:
    try: f('1', *args); print('ok')
    except TypeError as e: print(e)
