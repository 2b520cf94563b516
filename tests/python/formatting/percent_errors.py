# %% and the error messages of printf-style formatting
print('100%% sure', '%d%%' % 50, '%%s' % ())
cases = [
    ("'%d %d' % (1,)", lambda: '%d %d' % (1,)),
    ("'%d' % (1, 2)", lambda: '%d' % (1, 2)),
    ("'%z' % 1", lambda: '%z' % 1),
    ("'%' % ()", lambda: '%' % ()),
    ("'abc' % 5", lambda: 'abc' % 5),
    ("'%s %s' % 'ab'", lambda: '%s %s' % 'ab'),
    ("'%d' % None", lambda: '%d' % None),
    ("'%f' % 'x'", lambda: '%f' % 'x'),
    ("'%.*f' % (1,)", lambda: '%.*f' % (1,)),
    ("'%(a)s' % 5", lambda: '%(a)s' % 5),
    ("'%(a' % {'a': 1}", lambda: '%(a' % {'a': 1}),
    ("'%5' % 1", lambda: '%5' % 1),
]
for label, fn in cases:
    try:
        print(label, '=', repr(fn()))
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)
print('abc' % {}, 'abc' % [])
