# the handler's name is deleted even if it shadows a global, and can be saved under another name
msg = 'global message'
def f():
    global msg
    try:
        raise ValueError('local')
    except ValueError as msg:
        pass
f()
try:
    print(msg)
except NameError as e:
    print('NameError:', e)
def g():
    try:
        raise KeyError('k')
    except KeyError as err:
        keep = err
        def inner():
            return repr(keep)
        return inner()
print(g())
errs = []
for i in range(2):
    try:
        raise IndexError(i)
    except IndexError as e:
        errs.append(e)
print([repr(e) for e in errs])
print('e' in dir())
