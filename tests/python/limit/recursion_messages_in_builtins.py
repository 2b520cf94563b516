# Deep nesting reached through built-in operations (searches, sorting, dict lookups, formatting) raises
# RecursionError with the suffix of the operation that recursed: list.index compares before it would make
# its "is not in list" message, so the error is the comparison's, not the repr's.
def t(label, f):
    try:
        r = f()
        print(label, 'ok', str(r)[:30])
    except RecursionError as e:
        print(label, 'RecursionError:', e)


a = []
b = []
for i in range(100000):
    a = [a]
    b = [b]
ta = ()
tb = ()
for i in range(100000):
    ta = (ta,)
    tb = (tb,)
fs = frozenset()
for i in range(100000):
    fs = frozenset([fs])
t('in', lambda: a in [b])
t('index', lambda: [b].index(a))
t('tuple index', lambda: (b,).index(a))
t('count', lambda: [b].count(a))
t('sorted', lambda: sorted([a, b]))
t('max', lambda: max([a, b]))
t('tuple ==', lambda: ta == tb)
t('dict get', lambda: {ta: 1}.get(tb))
t('frozenset repr', lambda: repr(fs))
t('format', lambda: format(a))
t('f-string', lambda: f'{a}')
t('percent', lambda: '%s' % (a,))
t('str.format', lambda: '{}'.format(a))
t('ascii', lambda: ascii(a))
t('!=', lambda: a != b)
t('>=', lambda: a >= b)
t('wrapped ==', lambda: [a] == [b])
t('dict ==', lambda: {1: a} == {1: b})
t('shallow', lambda: [[[1]]].index([[1]]))
