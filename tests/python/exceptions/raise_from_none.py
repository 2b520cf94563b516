# raise ... from None suppresses the context but keeps it
def lookup(d, k):
    try:
        return d[k]
    except KeyError:
        raise AttributeError(f'no attribute {k}') from None
try:
    lookup({}, 'x')
except AttributeError as e:
    print(repr(e))
    print(e.__cause__, e.__suppress_context__, repr(e.__context__))
e = ValueError()
print(e.__cause__, e.__context__, e.__suppress_context__)
e.__cause__ = KeyError('manual')
print(repr(e.__cause__), e.__suppress_context__)
try:
    e.__cause__ = 'string'
except TypeError as err:
    print('TypeError:', err)
