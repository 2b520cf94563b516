# a context manager that translates exceptions by raising from __exit__
class DataError(Exception):
    pass
class translate:
    def __init__(self, *types): self.types = types
    def __enter__(self): return self
    def __exit__(self, et, ev, tb):
        if et is not None and issubclass(et, self.types):
            raise DataError(f'translated {et.__name__}: {ev}') from ev
        return False
for action in (lambda: {}['k'], lambda: int('z'), lambda: 1 / 0, lambda: 'fine'):
    try:
        with translate(KeyError, ValueError):
            print('result', action())
    except DataError as e:
        print('DataError:', e, '| cause:', repr(e.__cause__))
    except ZeroDivisionError as e:
        print('untranslated:', repr(e))
