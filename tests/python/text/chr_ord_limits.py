# chr and ord across the whole code point range and their errors
print(repr(chr(0)), repr(chr(127)), repr(chr(0xE9)), repr(chr(0xFFFF)), repr(chr(0x10000)), repr(chr(0x10FFFF)), repr(chr(0xD800)))
print(ord('\x00'), ord('é'), ord('€'), ord('😀'), ord('\U0010ffff'), ord(b'a'), ord(bytearray(b'\xff')))
print(all(ord(chr(i)) == i for i in range(0, 0x110000, 997)), chr(97) + chr(98), len(chr(0x1F600)))
for bad in (lambda: chr(0x110000), lambda: chr(-1), lambda: chr(1.0), lambda: chr('a'), lambda: ord(''), lambda: ord('ab'),
            lambda: ord(b'ab'), lambda: ord(65), lambda: ord(['a'])):
    try:
        bad()
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__ + ':', e)
print([chr(c) for c in range(0x3b1, 0x3b6)], ''.join(chr(ord(c) + 1) for c in 'HAL'))
