# break and continue in for and while loops, incl. nested
for i in range(10):
    if i == 2:
        continue
    if i == 5:
        break
    print('for', i)
n = 0
while True:
    n += 1
    if n % 2 == 0:
        continue
    if n > 7:
        break
    print('while', n)
for i in range(3):
    for j in range(3):
        if j == i:
            break
        print('pair', i, j)
found = None
for x in [3, 8, 12, 7]:
    if x % 4 == 0:
        found = x
        break
print('found', found)
for i in range(3):
    try:
        if i == 1:
            continue
        print('try body', i)
    finally:
        print('finally', i)
