# a plain except clause catches an exception group as a whole
try:
    raise ExceptionGroup('eg', [ValueError(1), KeyError(2)])
except ValueError:
    print('not matched: the group is not a ValueError')
except ExceptionGroup as eg:
    print('whole group:', eg.message, len(eg.exceptions))
    for sub in eg.exceptions:
        print(' ', type(sub).__name__, sub)
try:
    raise BaseExceptionGroup('beg', [SystemExit(3)])
except Exception:
    print('not an Exception')
except BaseExceptionGroup as eg:
    print('base group caught', repr(eg.exceptions[0]))
def flatten(g):
    for e in g.exceptions:
        if isinstance(e, BaseExceptionGroup):
            yield from flatten(e)
        else:
            yield e
g = ExceptionGroup('a', [ValueError(1), ExceptionGroup('b', [TypeError(2), ExceptionGroup('c', [KeyError(3)])])])
print([repr(e) for e in flatten(g)])
