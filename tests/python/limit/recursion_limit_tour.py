# RecursionError from deep recursion, recursive repr and str, a lowered recursion limit; ends uncaught.
import sys
print(sys.getrecursionlimit())
def r(n): return r(n + 1)
try: r(0)
except RecursionError as e: print(e)
def depth(n):
    try: return depth(n + 1)
    except RecursionError: return n
print(depth(0) > 900)
class A:
    def __repr__(self): return repr(self)
try: repr(A())
except RecursionError as e: print('repr', e)
l = []
for i in range(100000): l = [l]
try: print(len(str(l)))
except RecursionError as e: print('str', e)
sys.setrecursionlimit(50)
def count(n): return 0 if n == 0 else 1 + count(n - 1)
print(count(40))
try: count(60)
except RecursionError as e: print(e)
sys.setrecursionlimit(1000)
def f(): f()
f()
