# `is` on ints and strings follows CPython's caches: the small ints -5..256 are single objects, larger
# computed ints are not.
a = 256
b = 256
print(a is b)
x = int("200")
y = int("200")
print(x is y, x == y)
x = int("257")
y = int("257")
print(x is y, x == y)
print([v for v in range(-5, 300) if (v + 0) is not (v * 1)][:5])
print(len([1, 2]) is 2, sum([100, 100]) is 200, sum([200, 200]) is 400)
v = 10**6
w = v
print(v is w, v is not w)
s = "hello"
print(s[0] is "h", "".join([]) is "", s[1:3] is "el")
print(str(10**3) is str(10**3), "x" * 2 is "xx")
