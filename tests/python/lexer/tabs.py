# Tabs as indentation (one tab per level)
def f(n):
	if n > 0:
		return "positive"
	else:
		return "not positive"
print(f(1), f(-1))
for i in range(3):
	if i % 2:
		print(i, "odd")
	else:
		print(i, "even")
print("a\tb")
print(len("\t"))
x = [1,	2,	3]
print(x)
