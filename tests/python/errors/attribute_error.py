# uncaught AttributeError on a builtin type
n = 5
print(n.real)
n.zzzzz
