# __getattr__ that touches a missing self attribute must not recurse forever
class Wrapper:
    def __init__(self, inner):
        self._inner = inner
    def __getattr__(self, name):
        if name == '_inner':
            raise AttributeError(name)
        return getattr(self._inner, name)
w = Wrapper('text')
print(w.upper(), w.count('t'))
blank = Wrapper.__new__(Wrapper)
try:
    blank.upper
except AttributeError as e:
    print('AttributeError:', e)
class Deep:
    def __getattr__(self, name):
        return self.other
try:
    Deep().x
except RecursionError as e:
    print('RecursionError caught')
