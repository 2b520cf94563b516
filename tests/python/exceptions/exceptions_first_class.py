# exception classes and instances as values: in lists, dicts, tuples for except
handlers = {ValueError: 'bad value', KeyError: 'missing key', ZeroDivisionError: 'divide by zero'}
def risky(n):
    if n == 0: return 1 / n
    if n == 1: return {}['x']
    if n == 2: return int('q')
    return n
for n in range(4):
    try:
        print('value', risky(n))
    except tuple(handlers) as e:
        print(handlers[type(e)])
factories = [ValueError, TypeError, lambda msg: RuntimeError(msg.upper())]
for f in factories:
    try:
        raise f('made by factory')
    except Exception as e:
        print(repr(e))
collected = []
for exc_type in (IndexError, KeyError):
    try:
        raise exc_type('stored')
    except LookupError as e:
        collected.append(e)
print(collected, [type(c).__name__ for c in collected])
