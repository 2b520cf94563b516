# strings compare by code point, so case and accents order "unnaturally"
words = ['banana', 'Apple', 'apple', 'Éclair', 'eclair', 'zebra', 'Zebra', '10', '9', '', ' ', 'ä', 'z']
print(sorted(words))
print(sorted(words, key=len), sorted(words, reverse=True)[:3])
print(min(words), max(words), 'a' < 'B', 'B' < 'a', 'é' > 'z', 'abc' < 'abd', 'ab' < 'abc', '' < 'a')
print('\U0001F600' > '\uFFFF', '\uFFFF' > '\uD7FF', chr(0x10000) > chr(0xFFFF))
print(sorted(['a10', 'a2', 'a1']), sorted(['a10', 'a2', 'a1'], key=lambda s: (s[0], int(s[1:]))))
try:
    'a' < 1
except TypeError as e:
    print('TypeError:', e)
print('abc' == 'abc', 'a' * 0 == '', 'ß' == 'ss', 'ﬁ' == 'fi')
