# chained comparisons evaluate each operand at most once
x = 5
print(1 < x < 10, 1 < x > 10, 1 < 2 < 3 < 4 < 5)
print(0 <= x <= 5 == 5 != 4)
print(1 == 1.0 == True, 'a' < 'b' < 'c')
calls = []
def v(n):
    calls.append(n)
    return n
print(v(1) < v(2) < v(3), calls)
calls.clear()
print(v(3) < v(2) < v(1), calls)
print([1, 2] < [1, 3] <= [2], (1, 'a') < (1, 'b'))
print(2 in [1, 2] in [[1, 2]], x is x is not None)
a = b = []
print(a is b == [], a is not [] )
print(not 1 < 0)
print(3 > 2 > 1 == 1 >= 1 <= 1)
