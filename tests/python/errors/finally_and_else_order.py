# order of try/except/else/finally clauses, with nested exceptions and loops
log = []
def run(action):
    try:
        log.append('try')
        if action == 'raise':
            raise ValueError('v')
        if action == 'return':
            return 'returned'
    except ValueError:
        log.append('except')
    else:
        log.append('else')
    finally:
        log.append('finally')
    log.append('after')
    return 'end'
for a in ['ok', 'raise', 'return']:
    log.clear()
    r = run(a)
    print(a, r, log)
def unhandled():
    try:
        raise KeyError('k')
    finally:
        print('finally runs before propagation')
try:
    unhandled()
except KeyError as e:
    print('then caught', e)
for i in range(3):
    try:
        if i == 1:
            break
    finally:
        print('loop finally', i)
def nested():
    try:
        try:
            raise TypeError('inner')
        except ValueError:
            print('not this one')
        finally:
            print('inner finally')
    except TypeError as e:
        print('outer caught', e)
nested()
