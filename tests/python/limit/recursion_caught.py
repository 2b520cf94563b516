# RecursionError can be caught, and the program continues normally
depth = 0
def dive():
    global depth
    depth += 1
    dive()
try:
    dive()
except RecursionError as e:
    print('caught:', type(e).__name__, '-', e)
    print('depth reached more than 900:', depth > 900, '- less than 1001:', depth < 1001)
def countdown(n):
    return 0 if n == 0 else 1 + countdown(n - 1)
print('recursion still works afterwards:', countdown(500))
print(isinstance(RecursionError(), RuntimeError))
