# exceptions raised inside except* handlers join the propagated group
try:
    try:
        raise ExceptionGroup('g', [ValueError('v'), TypeError('t')])
    except* ValueError:
        raise KeyError('from handler')
    except* TypeError:
        print('TypeError handled')
except Exception as e:
    print('escaped:', type(e).__name__, repr(e))
    print('context:', repr(e.__context__))
try:
    try:
        raise ExceptionGroup('g', [ValueError('v'), TypeError('t')])
    except* ValueError:
        raise KeyError('one')
    except* TypeError:
        raise IndexError('two')
except ExceptionGroup as eg:
    print('merged:', repr(eg))
try:
    try:
        raise ExceptionGroup('g2', [ValueError('v')])
    except* ValueError:
        raise
except ExceptionGroup as eg:
    print('bare raise keeps group:', repr(eg))
