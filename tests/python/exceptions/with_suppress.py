# __exit__ returning a true value suppresses the exception
class Suppress:
    def __init__(self, *types): self.types = types
    def __enter__(self): return self
    def __exit__(self, et, ev, tb):
        if et is not None and issubclass(et, self.types):
            print('suppressing', et.__name__, ev)
            return True
        return False
with Suppress(KeyError):
    {}['a']
    print('not reached')
print('continues after suppression')
try:
    with Suppress(KeyError):
        raise ValueError('not suppressed')
except ValueError as e:
    print('escaped', e)
class Truthy:
    def __enter__(self): pass
    def __exit__(self, *a): return 'yes'
with Truthy():
    raise RuntimeError
print('string return also suppresses')
def in_loop():
    for i in range(3):
        with Suppress(ZeroDivisionError):
            print(i, 1 / (i - 1))
in_loop()
