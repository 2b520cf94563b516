# subgroup and split by type, by tuple and by predicate, preserving nesting
eg = ExceptionGroup('top', [ValueError('v1'), TypeError('t1'),
                            ExceptionGroup('mid', [ValueError('v2'), KeyError('k')])])
def show(g):
    if g is None:
        return 'None'
    parts = []
    for e in g.exceptions:
        parts.append(show(e) if isinstance(e, BaseExceptionGroup) else repr(e))
    return f'{g.message}[' + ', '.join(parts) + ']'
print(show(eg.subgroup(ValueError)))
print(show(eg.subgroup(TypeError)))
print(show(eg.subgroup((KeyError, TypeError))))
print(show(eg.subgroup(OSError)))
print(eg.subgroup(Exception) is eg)
match, rest = eg.split(ValueError)
print(show(match), '|', show(rest))
match, rest = eg.split(lambda e: isinstance(e, LookupError) or str(e) == 't1')
print(show(match), '|', show(rest))
match, rest = eg.split(BaseException)
print(match is eg, rest)
print(show(eg.subgroup(lambda e: isinstance(e, ExceptionGroup) and e.message == 'mid')))
