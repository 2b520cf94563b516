# FizzBuzz three ways
for i in range(1, 21):
    if i % 15 == 0:
        print('FizzBuzz')
    elif i % 3 == 0:
        print('Fizz')
    elif i % 5 == 0:
        print('Buzz')
    else:
        print(i)
line = ' '.join('Fizz' * (i % 3 == 0) + 'Buzz' * (i % 5 == 0) or str(i) for i in range(1, 31))
print(line)
def fizzbuzz(n, rules=((3, 'Fizz'), (5, 'Buzz'), (7, 'Bazz'))):
    out = ''.join(word for d, word in rules if n % d == 0)
    return out or str(n)
print([fizzbuzz(n) for n in (21, 35, 105, 8)])
