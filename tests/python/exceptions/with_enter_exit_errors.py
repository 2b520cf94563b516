# exceptions inside __enter__ skip the body and __exit__; exceptions in __exit__ replace the original
class EnterFails:
    def __enter__(self):
        raise RuntimeError('enter failed')
    def __exit__(self, *a):
        print('exit not called')
try:
    with EnterFails():
        print('body not run')
except RuntimeError as e:
    print('caught', e)
class ExitFails:
    def __enter__(self): return self
    def __exit__(self, et, ev, tb):
        print('exit sees', et.__name__ if et else None)
        raise KeyError('exit failed')
try:
    with ExitFails():
        raise ValueError('body failed')
except KeyError as e:
    print('caught', repr(e), 'context', repr(e.__context__))
try:
    with ExitFails():
        pass
except KeyError as e:
    print('caught', repr(e), 'context', e.__context__)
class Log:
    def __init__(self, n): self.n = n
    def __enter__(self):
        print('enter', self.n)
        return self.n
    def __exit__(self, *a):
        print('exit', self.n)
try:
    with Log(1), EnterFails(), Log(3):
        pass
except RuntimeError as e:
    print('caught', e)
