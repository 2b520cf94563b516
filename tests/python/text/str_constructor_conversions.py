# str() of many objects, str(bytes, encoding), and conversions from strings
print(str(), str(42), str(-0.0), str(1e100), str(True), str(None), str([1, 'a']), str((1,)), str({'k': b'v'}), str(3 + 0j))
print(str(b'abc'), str(b'abc', 'ascii'), str(bytearray(b'xy'), 'utf-8'), str(b'\xff', 'utf-8', 'replace'), str(object=5))
print(list('abc'), tuple('ab'), set('aab') == {'a', 'b'}, dict.fromkeys('ab'), sorted('cab'), ''.join(sorted('cab')))
print(int('42') + float('0.5'), float('1e3'), complex('2j'), bool(''), bool(' '), bool('False'))
for bad in (lambda: str(1, 'utf-8'), lambda: str(b'x', 'no-such-encoding'), lambda: str('x', encoding='utf-8')):
    try:
        bad()
    except (TypeError, LookupError) as e:
        print(type(e).__name__ + ':', e)
