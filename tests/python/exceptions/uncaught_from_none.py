# raise from None while handling: the traceback shows only the new exception
try:
    [][0]
except IndexError:
    raise LookupError('empty sequence') from None
