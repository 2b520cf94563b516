# numeric literal patterns, including negatives, floats and complex numbers
def classify(x):
    match x:
        case 0:
            return 'zero'
        case -1:
            return 'minus one'
        case 1.5:
            return 'one and a half'
        case -2.5e3:
            return 'minus 2500'
        case 3 + 4j:
            return 'complex 3+4j'
        case -1 - 1j:
            return 'complex -1-1j'
        case 2j:
            return 'imaginary 2j'
        case 0x10:
            return 'hex sixteen'
        case 1_000_000:
            return 'a million'
        case _:
            return 'other'
for v in (0, 0.0, -1, -1.0, 1.5, -2500, 3 + 4j, complex(-1, -1), 2j, 16, 1000000, 7, False, -0.0):
    print(repr(v), '->', classify(v))
