# AttributeError .name/.obj and NameError .name (3.10+)
class C:
    x = 1
c = C()
try:
    c.missing
except AttributeError as e:
    print(e, '|', e.name, e.obj is c)
try:
    (5).real2
except AttributeError as e:
    print(e, '|', e.name, e.obj)
try:
    getattr(c, 'dyn')
except AttributeError as e:
    print(e, '|', e.name)
try:
    undefined_name_here
except NameError as e:
    print(e, '|', e.name)
e = AttributeError('manual')
print(e.name, e.obj)
e = AttributeError('m', name='n', obj=3)
print(e.name, e.obj, e.args)
try:
    C.nope
except AttributeError as e:
    print(e)
try:
    None.foo
except AttributeError as e:
    print(e)
