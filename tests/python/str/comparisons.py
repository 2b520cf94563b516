# string comparisons are lexicographic by code point
print('a' < 'b', 'Z' < 'a', 'apple' < 'apply', 'app' < 'apple', '' < 'a')
print('abc' == 'abc', 'abc' != 'ABC', 'a' * 3 == 'aaa')
print(sorted(['banana', 'Apple', 'cherry', 'apple', '10', '9', 'é', 'z']))
print(max('hello'), min('hello'), max(['aa', 'b']), min('a', 'B'))
print('é' > 'z', '𝄞' > '\uffff', '10' < '9')
print(sorted(['b', 'A', 'c', 'B'], key=str.lower))
print('abc' < 'abd' < 'b', 'a' <= 'a' >= 'a')
print(ord('a'), ord('A'), ord('0'), ord(' '), ord('é'), ord('€'))
