# an LRU cache built on dict insertion order (pop and re-insert to refresh)
class LRU:
    def __init__(self, capacity):
        self.capacity, self.data = capacity, {}
        self.hits = self.misses = 0
    def get(self, key):
        if key in self.data:
            self.hits += 1
            value = self.data.pop(key)
            self.data[key] = value
            return value
        self.misses += 1
        return None
    def put(self, key, value):
        self.data.pop(key, None)
        self.data[key] = value
        if len(self.data) > self.capacity:
            oldest = next(iter(self.data))
            del self.data[oldest]
            print('  evict', oldest)
cache = LRU(3)
for op in ['put a 1', 'put b 2', 'put c 3', 'get a', 'put d 4', 'get b', 'get c', 'put e 5', 'get a', 'get d']:
    parts = op.split()
    if parts[0] == 'put':
        cache.put(parts[1], int(parts[2]))
    else:
        print(op, '->', cache.get(parts[1]))
print(list(cache.data.items()), cache.hits, cache.misses)
