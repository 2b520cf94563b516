# printf-style formatting of bytes and bytearray
print(b'%d-%s-%x' % (5, b'bytes', 255))
print(b'%5b|%-5b|' % (b'ab', b'cd'), b'%c%c' % (65, b'B'))
print(b'%a %r' % ('h\xe9', b'x'))
print(bytearray(b'%s!') % b'ba', type(bytearray(b'%s') % b'x').__name__)
print(b'%(k)s' % {b'k': b'v'})
print(b'%.2f %e' % (3.14159, 1e10))
for bad in (lambda: b'%s' % 'str', lambda: b'%c' % 256, lambda: b'%b' % 5):
    try:
        bad()
    except (TypeError, OverflowError, ValueError) as e:
        print(type(e).__name__ + ':', e)
print(b'%s' % b'by', b'%s' % bytearray(b'ba'))
