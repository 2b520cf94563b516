# Number conversions: roman numerals both ways with strict validation, any
# base 2..36 with fractions, balanced ternary, bit tricks and int/str round trips.

ROMAN = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
         (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz"


def to_roman(n):
    if not isinstance(n, int) or isinstance(n, bool):
        raise TypeError(f"expected int, got {type(n).__name__}")
    if not 0 < n < 4000:
        raise ValueError(f"{n} is out of range (1..3999)")
    out = []
    for value, sym in ROMAN:
        q, n = divmod(n, value)
        out.append(sym * q)
    return "".join(out)


def from_roman(s):
    s = s.upper()
    values = dict((sym, v) for v, sym in ROMAN if len(sym) == 1)
    total, prev = 0, 0
    for ch in reversed(s):
        if ch not in values:
            raise ValueError(f"invalid roman digit {ch!r} in {s!r}")
        v = values[ch]
        total += -v if v < prev else v
        prev = max(prev, v)
    if to_roman(total) != s:
        raise ValueError(f"non-canonical numeral {s!r} (did you mean {to_roman(total)}?)")
    return total


def to_base(n, base, frac_digits=0):
    if not 2 <= base <= 36:
        raise ValueError("base must be in 2..36")
    sign = "-" if n < 0 else ""
    n = abs(n)
    whole = int(n)
    frac = n - whole
    digits = []
    while True:
        whole, r = divmod(whole, base)
        digits.append(DIGITS[r])
        if not whole:
            break
    text = sign + "".join(reversed(digits))
    if frac_digits:
        fd = []
        for _ in range(frac_digits):
            frac *= base
            d = int(frac)
            fd.append(DIGITS[d])
            frac -= d
        text += "." + "".join(fd)
    return text


def balanced_ternary(n):
    if n == 0:
        return "0"
    out = []
    while n:
        n, r = divmod(n, 3)
        if r == 2:
            r, n = -1, n + 1
        out.append("-0+"[r + 1])
    return "".join(reversed(out))


def popcount(n):
    count = 0
    while n:
        n &= n - 1
        count += 1
    return count


for n in [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999]:
    r = to_roman(n)
    print(f"{n:>5} = {r:<12} back={from_roman(r.lower())}")
for bad in [0, 4000, -5, 2.0, True, "XII"]:
    try:
        to_roman(bad)
    except (TypeError, ValueError) as e:
        print(f"to_roman({bad!r}): {type(e).__name__}: {e}")
for bad in ["IIII", "VX", "MMMM", "IC", "XLX", "ABC", ""]:
    try:
        print(repr(bad), "->", from_roman(bad))
    except ValueError as e:
        print(f"from_roman({bad!r}): {e}")

for n, b in [(255, 2), (255, 16), (-255, 8), (123456789, 36), (0, 7), (2 ** 70, 3)]:
    t = to_base(n, b)
    print(f"{n} in base {b}: {t}  int() agrees: {int(t, b) == n}")
print(to_base(3.75, 2, 4), to_base(0.1, 2, 12), to_base(-10.5, 16, 2), to_base(1 / 3, 3, 5))
print([balanced_ternary(n) for n in range(-4, 9)])
print(f"{255:b} {255:o} {255:x} {255:X} {255:#b} {255:#o} {255:#x} {-255:#X} {1234567:_b}")
print(bin(-10), oct(8), hex(-1), int("-0b1010", 0), int("0o777", 0), int("z", 36), int(" 7f ", 16))
print([popcount(n) for n in (0, 1, 255, 2 ** 64 - 1, 12345)], bin(12345).count("1"))
print((1234).to_bytes(2, "big"), int.from_bytes(b"\x04\xd2", "big"), (-2).to_bytes(2, "big", signed=True))
print((255).bit_length(), (2 ** 100).bit_length(), (-1 >> 5), (1 << 100) >> 98, ~0, 6 & 3, 6 | 3, 6 ^ 3)
try:
    int("12", 1)
except ValueError as e:
    print(e)
try:
    int("9", 8)
except ValueError as e:
    print(e)
print(to_base(10, 37))
