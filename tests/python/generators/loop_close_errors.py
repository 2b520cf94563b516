# A generator that a loop drops and that fails to close: the error is reported on stderr as unraisable
# ("Exception ignored in: ...") and the program goes on.
def g():
    try:
        yield 1
    finally:
        raise ValueError("in finally")
def h():
    try:
        yield 1
    except GeneratorExit:
        yield 2
for v in g():
    break
print("after g")
for v in h():
    break
print("after h")
