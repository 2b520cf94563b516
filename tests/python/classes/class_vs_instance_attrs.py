# class attributes are shared until an instance shadows them
class Counter:
    total = 0
    items = []
    def __init__(self, name):
        self.name = name
        Counter.total += 1
        self.items.append(name)
a = Counter('a')
b = Counter('b')
print(Counter.total, a.total, b.items is Counter.items, Counter.items)
a.total = 100
print(a.total, b.total, Counter.total, 'total' in vars(a))
del a.total
print(a.total)
Counter.total = 7
print(a.total, b.total)
b.items = ['own']
print(b.items, a.items)
print(sorted(vars(b)))
class Sub(Counter):
    total = 'sub'
print(Sub.total, Sub('c').total, Counter.total)
try:
    del a.total
except AttributeError as e:
    print('AttributeError:', e)
