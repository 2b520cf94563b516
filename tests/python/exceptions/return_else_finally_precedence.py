# which return wins among try, except, else and finally
def f(raise_it):
    log = []
    try:
        log.append('try')
        if raise_it:
            raise ValueError
    except ValueError:
        log.append('except')
        return ('except', log)
    else:
        log.append('else')
        return ('else', log)
    finally:
        log.append('finally')
print(f(False))
print(f(True))
def g():
    for i in range(3):
        try:
            return i
        finally:
            if i == 0:
                print('finally sees i =', i)
print(g())
def h():
    try:
        raise ValueError
    except ValueError:
        return 'except'
    finally:
        return 'finally'
print(h())
