# Indexing, slicing, len() and find() on long strings, with and without characters outside the BMP: positions
# count code points (an emoji is one character), and loops over long strings stay fast.
def count_a(s):
    n = 0
    for i in range(len(s)):
        if s[i] == "a":
            n += 1
    return n


plain = "abc" * 20000
astral = "ab\U0001F600c" * 20000
print(count_a(plain), count_a(astral), len(plain), len(astral))
print(astral[3], astral[-1], astral[4:9], astral[59997:60003], astral[::20000])
print(astral.find("c", 100), astral.index("\U0001F600", 7), astral.rfind("b"), astral.count("\U0001F600"))
mixed = "x" * 100 + "\U0001F600" + "y" * 100 + "\u00e9" * 50
print(len(mixed), mixed[100], mixed[101], mixed[200:203], mixed.find("y"), mixed.rfind("\u00e9"))
short = "a\U0001F600b"
print(len(short), short[1], short[2], short[-2:], short.find("b"))
total = 0
for k in range(0, len(astral), 997):
    total += ord(astral[k])
print(total)
