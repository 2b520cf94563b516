# assignment expressions (:=)
if (n := 10) > 5:
    print('n is', n)
data = [1, 2, 3, 4, 5, 6]
print([y for x in data if (y := x * x) % 2 == 0], y)
line_no = 0
lines = ['a', 'b', '', 'c']
while (line := lines[line_no]) != '':
    print('line', line)
    line_no += 1
print((total := sum(data)), total / len(data))
def f():
    [(last := v) for v in 'xyz']
    return last
print(f())
values = [v for v in range(5) if (half := v // 2) > 0]
print(values, half)
print(x := 5, x)
