# nested and multi-item with statements unwind in reverse order, also with return/break
class CM:
    def __init__(self, name): self.name = name
    def __enter__(self):
        print('enter', self.name)
        return self
    def __exit__(self, et, ev, tb):
        print('exit', self.name, et.__name__ if et else '-')
        return False
def f():
    with CM('a') as a, CM('b') as b:
        with CM('c'):
            return a.name + b.name
print(f())
for i in range(2):
    with CM(f'loop{i}'):
        if i == 0:
            continue
        break
try:
    with CM('outer'):
        with CM('inner'):
            raise IndexError
except IndexError:
    print('handled')
with (CM('p1') as p1,
      CM('p2') as p2):
    print('parenthesized', p1.name, p2.name)
