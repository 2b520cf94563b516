# Deeply nested containers hit the recursion limit in repr, str, comparisons and isinstance tuples, with
# the messages CPython gives, even though the Java stack could go deeper; shallow nesting still works.
a=[]
for i in range(100000): a=[a]
try: repr(a)
except RecursionError as e: print(e)
t=(int,)
for i in range(100000): t=(t,)
try: isinstance(1, t)
except RecursionError as e: print(e)
try: issubclass(int, t)
except RecursionError as e: print(e)
d={}
for i in range(100000): d={1:d}
try: d == d.copy()
except RecursionError as e: print(e)
try: str(a)
except RecursionError as e: print(e)
b=[]
for i in range(100000): b=[b]
try: a == b
except RecursionError as e: print(e)
try: a < b
except RecursionError as e: print(e)
x = [[[[1]]]]
print(repr(x), x == [[[[1]]]], isinstance(1, ((int,),)))
def f(n):
    if n == 0:
        return repr(a)
    return f(n - 1)
try: f(500)
except RecursionError as e: print(e)
