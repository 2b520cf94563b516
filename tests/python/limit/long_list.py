# very long lists
n = 1_000_000
big = list(range(n))
print(len(big), big[0], big[-1], big[n // 2], sum(big))
squares = [i * i for i in range(n)]
print(squares[-1], sum(squares) % 1_000_000_007)
big.append(-1)
big.extend([-2, -3])
print(len(big), big[-3:], big.index(-1))
evens = big[::2]
print(len(evens), evens[-1])
big.reverse()
print(big[:4])
big.sort()
print(big[:4], big[-2:])
zeros = [0] * n
zeros[n - 1] = 1
print(zeros.count(0), 1 in zeros, zeros.index(1))
del big[100:]
print(len(big), big[-1])
words = ['w%d' % i for i in range(100_000)]
print(len(' '.join(words)), words[99_999])
