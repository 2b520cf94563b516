# else runs only without an exception; finally always runs
def attempt(x):
    log = []
    try:
        log.append('try')
        r = 10 // x
    except ZeroDivisionError:
        log.append('except')
    else:
        log.append(f'else {r}')
    finally:
        log.append('finally')
    return log
print(attempt(2))
print(attempt(0))
def else_raises():
    try:
        pass
    except ValueError:
        print('not here')
    else:
        raise ValueError('from else')
    finally:
        print('finally after else')
try:
    else_raises()
except ValueError as e:
    print('caught', e)
for i in range(3):
    try:
        if i == 1:
            continue
    finally:
        print('finally', i)
