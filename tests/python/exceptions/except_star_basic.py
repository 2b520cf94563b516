# except* handles matching parts of an exception group; every matching clause runs
try:
    raise ExceptionGroup('batch', [ValueError('a'), TypeError('b'), ValueError('c')])
except* ValueError as eg:
    print('ValueError part:', repr(eg))
except* TypeError as eg:
    print('TypeError part:', repr(eg))
print('after')
try:
    raise ExceptionGroup('only type', [TypeError('x')])
except* ValueError:
    print('not run')
except* TypeError as eg:
    print('caught', eg.exceptions)
try:
    raise ExceptionGroup('lookup', [KeyError(1), IndexError(2)])
except* LookupError as eg:
    print('one clause for both:', eg.exceptions)
