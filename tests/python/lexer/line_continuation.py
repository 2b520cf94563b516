# Backslash continuation and implicit continuation in brackets
total = 1 + \
        2 + \
        3
print(total)
if total > 5 and \
   total < 10:
    print('in range')
items = [
    1,
    2,  # comment inside brackets
    3,
]
print(items)
d = {
    'a': 1,
        'b': 2,
}
print(d)
result = (10
          * 2
          - 5)
print(result)
def f(a,
      b):
    return a + b
print(f(1,
        2))
x = 1; y = 2; z = x + y
print(x, y, z)
