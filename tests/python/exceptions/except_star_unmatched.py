# parts not handled by any except* clause are re-raised as a group
try:
    try:
        raise ExceptionGroup('mixed', [ValueError('v'), OSError('o'), KeyError('k')])
    except* ValueError as eg:
        print('handled', eg.exceptions)
    except* KeyError as eg:
        print('handled', eg.exceptions)
except ExceptionGroup as rest:
    print('re-raised:', repr(rest))
try:
    try:
        raise ExceptionGroup('nest', [ExceptionGroup('inner', [ValueError(1), TypeError(2)]), TypeError(3)])
    except* ValueError as eg:
        print('inner ValueError:', repr(eg))
except ExceptionGroup as rest:
    print('rest:', repr(rest))
