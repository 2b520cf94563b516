# center, ljust, rjust and zfill with fill characters
for s in ('abc', 'ab', '', 'toolong'):
    print(repr(s.center(6)), repr(s.center(6, '*')), repr(s.ljust(6, '-')), repr(s.rjust(6, '.')), repr(s.center(7, '=')))
for s in ('42', '-42', '+42', '3.14', '-', '', 'abc', '-0x1f', '000'):
    print(repr(s), repr(s.zfill(6)), repr(s.zfill(1)))
print(repr('é'.center(5, 'ü')), repr(b'ab'.center(6, b'*')), repr(b'-5'.zfill(4)))
for args in (('ab', 5, '**'), ('ab', 5, ''), ('ab', 5, 1)):
    try:
        args[0].center(args[1], args[2])
    except TypeError as e:
        print('TypeError:', e)
