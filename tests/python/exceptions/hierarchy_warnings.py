# the Warning branch of the hierarchy
ws = [Warning, UserWarning, DeprecationWarning, PendingDeprecationWarning, SyntaxWarning,
      RuntimeWarning, FutureWarning, ImportWarning, UnicodeWarning, BytesWarning,
      ResourceWarning, EncodingWarning]
for w in ws:
    print(w.__name__, w.__bases__[0].__name__, issubclass(w, Exception))
try:
    raise UserWarning('careful')
except Warning as e:
    print('caught', type(e).__name__, e)
