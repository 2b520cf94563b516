# float.hex, float.fromhex, as_integer_ratio and is_integer
for v in (0.0, -0.0, 1.0, 0.1, 0.5, -2.75, 1e100, 5e-324, 1.7976931348623157e308, float('inf'), float('nan')):
    try:
        ratio = v.as_integer_ratio()
    except (OverflowError, ValueError) as e:
        ratio = type(e).__name__
    print(repr(v), v.hex(), ratio, v.is_integer())
for s in ('0x1p0', '0x1.8p1', '-0x1p-2', '0x.8', '0X1P+4', '  0x1p-1074  ', 'inf', '-Infinity', 'nan', '1', '0x1.fffffffffffffp1023', '0x10'):
    print(repr(s), float.fromhex(s))
for bad in ('0x1p99999', 'xyz', '0x1.g'):
    try:
        float.fromhex(bad)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__ + ':', e)
print(float.fromhex((3.14159).hex()) == 3.14159, (0.1).hex() == '0x1.999999999999ap-4')
