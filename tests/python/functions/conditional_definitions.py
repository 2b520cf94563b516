# def is a statement: conditional definitions, redefinition and rebinding a recursive function
flag = len('abc') > 100
if flag:
    def mode(): return 'many args'
else:
    def mode(): return 'normal'
print(mode())
def f(): return 1
first = f
def f(): return 2
print(first(), f())
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
original = fact
print(original(5))
fact = lambda n: 0
print(original(5))
for i in range(2):
    def made_in_loop(i=i): return i
    print(made_in_loop())
try:
    undefined_yet()
except NameError as e:
    print('NameError:', e)
def undefined_yet(): return 'now defined'
print(undefined_yet())
