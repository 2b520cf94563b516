# int() of strings in every base, around the lengths up to which the value is built in a long (12 digits in
# any base, 18 for plain decimal strings), and beyond them.
tests = ["0", "-0", "+7", "12", " 42 ", "1_000", "0x_ff", "-0b101", "0o17", "999999999999", "-999999999999",
         "9999999999999", "zzzzzzzzzzzz", "ZZZZZZZZZZZZZ", "00", "0_0", "123456789012345678901234567890",
         "007", "-999999999999999999", "+123456789012345678", "1234567890123456789", "-9999999999999999999", "-",
         "+", "", "1-", "--1", "12a", "١٢"]
for t in tests:
    for base in (10, 0, 36, 16):
        try:
            v = int(t, base)
            print(repr(t), base, v, type(v).__name__)
        except ValueError as e:
            print(repr(t), base, "ValueError", e)
print(int("-9223372036854775808"), int("9223372036854775807"), int("9223372036854775808"))
total = 0
for i in range(300000):
    total += int(str(i)) + int("-17")
print(total)
