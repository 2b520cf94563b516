# string slicing
s = 'Hello, World'
print(s[0], s[-1], s[7], s[-5])
print(s[:5], s[7:], s[-5:], s[:-7], repr(s[3:3]), repr(s[20:]))
print(s[::2], s[1::2], s[::-1], s[-1:-6:-1], s[10:2:-3])
print(s[:], s[:] is s, s[0:len(s)])
print(repr(s[5:5]), repr(s[100:200]), repr(s[-100:2]))
word = 'racecar'
print(word == word[::-1], 'python'[::-1])
for i in range(len('abc') + 1):
    print(repr('abc'[:i]), repr('abc'[i:]))
