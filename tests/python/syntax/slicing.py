# slices: basic, negative, extended, assignment
s = list(range(10))
print(s[2:5], s[:3], s[7:], s[:], s[-3:], s[:-7])
print(s[::2], s[1::2], s[::-1], s[8:2:-2], s[-1:-4:-1])
print(s[100:], s[-100:2], s[5:2], s[::-3])
t = 'abcdefgh'
print(t[1:4], t[::-1], t[::3], t[-2:])
print((0, 1, 2, 3)[1::2])
s2 = list(range(6))
s2[1:3] = ['a', 'b', 'c']
print(s2)
s2[::2] = [0, 0, 0, 0][:len(s2[::2])]
print(s2)
s2[:] = []
print(s2)
s3 = [1, 2, 3]
s3[1:1] = [9, 9]
print(s3)
s3[len(s3):] = [4]
print(s3)
i, j = 1, 4
print(t[i:j], t[i:], t[:j], t[i:j:2])
print(s[slice(2, 8, 3)], t[slice(None, None, -2)])
print(s[1:2:], s[::])
