# __getattribute__ intercepts every lookup; object.__getattribute__ does the default
class Logged:
    def __init__(self):
        self.x = 1
    def __getattribute__(self, name):
        if not name.startswith('__'):
            print('lookup', name)
        return object.__getattribute__(self, name)
    def method(self):
        return self.x + 1
l = Logged()
print(l.x)
print(l.method())
try:
    l.nope
except AttributeError as e:
    print('AttributeError:', e)
class Both:
    def __getattribute__(self, name):
        if name == 'special':
            return 'from getattribute'
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return 'from getattr ' + name
b = Both()
print(b.special, b.other)
class Redirect:
    def __getattribute__(self, name):
        raise AttributeError(name)
    def __getattr__(self, name):
        return 'always ' + name
print(Redirect().anything)
