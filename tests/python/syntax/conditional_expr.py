# conditional expressions
for n in range(-2, 3):
    print(n, 'pos' if n > 0 else 'zero' if n == 0 else 'neg')
x = 0
print(1 / x if x else 'avoided division')
print([('even' if i % 2 == 0 else 'odd') for i in range(4)])
f = (lambda: 'a') if True else (lambda: 'b')
print(f())
print((1 if False else 2) + 10)
print('yes' if [] else 'no', 'yes' if [0] else 'no')
def side(v):
    print('evaluated', v)
    return v
print(side('then') if side(True) else side('else'))
