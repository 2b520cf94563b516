# list methods
a = [3, 1, 4, 1, 5, 9, 2, 6]
a.append(5); print(a)
a.extend([3, 5]); print(a)
a.insert(0, 100); print(a)
a.insert(100, 200); print(a)
a.insert(-1, 150); print(a)
print(a.pop(), a.pop(0), a.pop(-2)); print(a)
a.remove(1); print(a)
print(a.index(5), a.index(5, 5), a.count(5), a.count(7))
a.reverse(); print(a)
a.sort(); print(a)
a.sort(reverse=True); print(a)
words = ['banana', 'Apple', 'cherry', 'date']
words.sort(key=len); print(words)
words.sort(key=str.lower); print(words)
b = a.copy(); b.clear(); print(a, b)
try:
    [].pop()
except IndexError as e:
    print('IndexError:', e)
try:
    [1].remove(2)
except ValueError as e:
    print('ValueError:', e)
try:
    [1].index(2)
except ValueError as e:
    print('ValueError:', e)
