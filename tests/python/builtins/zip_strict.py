# zip(strict=True) error messages name the offending argument
print(list(zip('ab', 'cd', strict=True)), list(zip(strict=True)), list(zip([], [], strict=True)), list(zip('a', strict=False)))
cases = [(('ab', 'c'),), (('a', 'bc'),), (('ab', 'ab', 'a'),), (('ab', 'ab', 'abc'),), (('a', 'ab', 'ab'),), (('abc', 'a', 'a'),)]
for (args,) in cases:
    try:
        print(list(zip(*args, strict=True)))
    except ValueError as e:
        print('ValueError:', e)
z = zip('ab', 'xyz', strict=True)
print(next(z), next(z))
try:
    next(z)
except ValueError as e:
    print('ValueError after partial consumption:', e)
try:
    zip('a', bogus=True)
except TypeError as e:
    print('TypeError:', e)
