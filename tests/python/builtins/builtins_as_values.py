# builtin functions are first-class values
fns = [len, str.upper, abs, sorted]
args = ['hello', 'hello', -3, 'cab']
for f, a in zip(fns, args):
    print(f.__name__, f(a))
ops = {'sum': sum, 'max': max, 'min': min, 'len': len}
data = [4, 8, 15, 16, 23, 42]
for name in ['sum', 'max', 'min', 'len']:
    print(name, ops[name](data))
print(list(map(len, ['a', 'bb', 'ccc'])), sorted(['bb', 'a'], key=len))
print(print.__name__, len.__name__, type(print).__name__)
convert = int
print(convert('42') + 1, (str)(3) * 2)
