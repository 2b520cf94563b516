# except clauses must name BaseException subclasses; checked only when an exception arrives
try:
    pass
except int:
    print('never checked')
print('no error when nothing is raised')
for target in (int, (ValueError, str), 'ValueError'):
    try:
        try:
            raise ValueError('v')
        except target:
            print('matched?')
    except TypeError as e:
        print('TypeError:', e)
try:
    try:
        raise KeyError('k')
    except ((IndexError, (ValueError, KeyError)), TypeError) as e:
        print('nested tuple matched', repr(e))
except TypeError as e:
    print('nested tuples are rejected:', e)
