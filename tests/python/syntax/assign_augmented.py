# Augmented assignment on names, items, attributes
n = 10
n += 5; print(n)
n -= 3; print(n)
n *= 2; print(n)
n /= 4; print(n)
n //= 2; print(n)
n **= 3; print(n)
n %= 5; print(n)
m = 0b1010
m &= 0b0110; print(m)
m |= 0b1000; print(m)
m ^= 0b0011; print(m)
m <<= 4; print(m)
m >>= 2; print(m)
lst = [1, 2]
alias = lst
lst += [3]          # list += extends in place
print(lst, alias, lst is alias)
t = (1, 2)
t2 = t
t += (3,)           # tuple += makes a new tuple
print(t, t2, t is t2)
d = {'a': 1}
d['a'] += 10
print(d)
s = 'ab'
s *= 3
print(s)
nested = [[0, 0], [0, 0]]
nested[1][0] -= 7
print(nested)
