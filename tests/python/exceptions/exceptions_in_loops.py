# try/except inside loops with break, continue and retry logic
data = ['1', 'x', '3', '', '5']
total = 0
for item in data:
    try:
        n = int(item)
    except ValueError as e:
        print('skip', repr(item))
        continue
    total += n
print('total', total)
attempts = 0
while True:
    attempts += 1
    try:
        if attempts < 3:
            raise ConnectionError(f'attempt {attempts} failed')
        print('succeeded on attempt', attempts)
        break
    except ConnectionError as e:
        print(e)
for i in range(5):
    try:
        if i == 2:
            break
    finally:
        print('finally', i)
results = []
for d in (2, 0, 'a', 5):
    try:
        results.append(10 / d)
    except ZeroDivisionError:
        results.append('inf')
    except TypeError:
        results.append('bad')
    else:
        results.append('ok')
print(results)
