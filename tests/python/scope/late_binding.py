# closures created in a loop share the loop variable
funcs = []
for i in range(4):
    funcs.append(lambda: i)
print([f() for f in funcs])
funcs = [lambda: j for j in range(4)]
print([f() for f in funcs])
# fix 1: default argument captures the current value
funcs = [lambda j=j: j for j in range(4)]
print([f() for f in funcs])
# fix 2: a factory function creates a new cell per call
def make(k):
    return lambda: k
funcs = [make(k) for k in range(4)]
print([f() for f in funcs])
i = 100
print([f() for f in [lambda: i]])
