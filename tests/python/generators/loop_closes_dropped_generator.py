# A for loop over a generator it got from a call owns it: leaving the loop early (break, return, an exception)
# closes the generator at once, as CPython's reference counting does, so its finally blocks run there. A
# generator also held elsewhere (a name) stays open.
def g(tag):
    try:
        yield 1
        yield 2
    finally:
        print("cleanup", tag)

def inner_loop():
    for v in g("return"):
        return v

def outer():
    for v in g("outer's"):
        yield v

print(inner_loop())
for v in g("break"):
    break
try:
    for v in g("exception"):
        raise KeyError(v)
except KeyError as e:
    print("caught", e)
o = outer(); next(o); o.close()
print([v for v in g("comprehension")])
it = g("named")
for v in it:
    break
print("named generator still open:", next(it))
it.close()
for v in g("nested outer"):
    for w in g("nested inner"):
        break
    break
def gen_returning():
    for v in g("generator return"):
        return v
    yield
print(list(gen_returning()))
for v in g("continue"):
    continue
print("end")
for v in g("uncaught"):
    raise SystemExit("exit " + str(v))
