# expandtabs advances to the next multiple of tabsize, resetting at newlines
s = 'a\tbc\tdef\tghij\tk'
for size in (8, 4, 1, 0, 3):
    print(size, repr(s.expandtabs(size)))
print(repr('\t'.expandtabs()), repr('12345678\t9'.expandtabs()), repr('ab\ncd\tx\r\tz'.expandtabs(4)))
print(repr(b'a\tb'.expandtabs(4)), repr('\t\t'.expandtabs(-1)))
