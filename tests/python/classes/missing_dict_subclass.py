# __missing__ on dict subclasses is used by d[key] only
class Default(dict):
    def __missing__(self, key):
        print('missing', key)
        self[key] = len(key)
        return self[key]
d = Default(a=1)
print(d['a'], d['hello'], d)
print(d.get('zz'), 'zz' in d, d.get('zz', 'dflt'))
print(d.setdefault('q', 0), d.pop('q'))
class Counter(dict):
    def __missing__(self, key):
        return 0
c = Counter()
for ch in 'mississippi':
    c[ch] += 1
print(sorted(c.items()))
class Raising(dict):
    def __missing__(self, key):
        raise KeyError('custom: ' + str(key))
try:
    Raising()['x']
except KeyError as e:
    print('KeyError:', e)
class NotDict:
    def __missing__(self, key): return 'unused'
try:
    NotDict()['x']
except TypeError as e:
    print('TypeError:', e)
