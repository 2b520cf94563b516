# comprehensions have their own scope
x = 'outer'
squares = [x for x in range(3)]
print(x, squares)
print([y for y in range(2)])
try:
    y
except NameError as e:
    print('NameError:', e)
class A:
    values = [1, 2, 3]
    doubled = [v * 2 for v in values]      # first iterable is evaluated in class scope
    factor = 10
    try:
        scaled = [v * factor for v in values]  # but the body cannot see class names
    except NameError as e:
        scaled = 'NameError: ' + str(e)
print(A.doubled)
print(A.scaled)
def f():
    n = 3
    return [i * n for i in range(n)]
print(f())
print({k: [k * j for j in range(k)] for k in range(4)})
z = 5
print([z for z in range(z)])
g = (t for t in range(3))
print('t' in dir(), list(g))
