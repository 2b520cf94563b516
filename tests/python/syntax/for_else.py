# for/else
for i in range(3):
    print('i =', i)
else:
    print('completed')
for c in 'hello':
    if c == 'l':
        print('found l')
        break
else:
    print('no l')
for x in []:
    print('never')
else:
    print('empty iterable, else still runs')
def is_prime(n):
    if n < 2:
        return False
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        return True
    return False
print([n for n in range(20) if is_prime(n)])
for i in range(2):
    for j in range(2):
        pass
    else:
        print('inner else', i)
