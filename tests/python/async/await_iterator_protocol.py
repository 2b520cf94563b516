# __await__ returning various iterators; values flow both ways
class Counter:
    def __init__(self, n):
        self.n = n
    def __await__(self):
        total = 0
        for i in range(self.n):
            sent = yield i
            total += sent or 0
        return total
class ViaIter:
    def __await__(self):
        return iter([10, 20, 30])
class Proxy:
    def __init__(self, target):
        self.target = target
    def __await__(self):
        return self.target.__await__()
async def main():
    a = await Counter(3)
    b = await ViaIter()
    c = await Proxy(Counter(2))
    return a, b, c
c = main()
out = [c.send(None)]
try:
    i = 1
    while True:
        out.append(c.send(i * 100))
        i += 1
except StopIteration as e:
    print(out)
    print('result', e.value)
async def sub():
    return 'sub result'
w = sub().__await__()
print(type(w).__name__, iter(w) is w)
try:
    next(w)
except StopIteration as e:
    print('wrapper StopIteration', e.value)
async def waits():
    await Counter(1)
    return 'w'
w = waits().__await__()
print(next(w))
try:
    w.send(5)
except StopIteration as e:
    print('wrapper done', e.value)
