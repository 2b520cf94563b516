# KeyError's str() uses repr of the key
for key in ('name', 42, ('a', 1), None, '', 'it\'s'):
    try:
        {}[key]
    except KeyError as e:
        print(str(e), '|', repr(e), '|', e.args)
print(str(KeyError()), str(KeyError('a', 'b')), repr(KeyError('a', 'b')))
try:
    set().remove('gone')
except KeyError as e:
    print('set.remove:', e)
try:
    {}.popitem()
except KeyError as e:
    print('popitem:', e)
try:
    {1: 2}.pop(3)
except KeyError as e:
    print('pop:', e)
