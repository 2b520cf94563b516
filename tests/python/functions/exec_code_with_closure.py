# exec() of a code object that has free variables needs closure= (a tuple with one cell per free variable);
# eval() refuses such code outright. A global statement in a nested function makes module-level code store
# the name in the globals even when exec() gives that code separate locals.
def make(x):
    return lambda: print("x is", x)


show = make(41)
cells = show.__closure__
print(type(cells).__name__, len(cells), cells[0].cell_contents)
exec(show.__code__, {}, closure=cells)

for call in [
    lambda: eval(show.__code__),
    lambda: exec(show.__code__, {}),
    lambda: exec(show.__code__, {}, closure=()),
    lambda: exec(show.__code__, {}, closure=(1,)),
    lambda: exec("print(1)", {}, closure=cells),
    lambda: exec((lambda: 0).__code__, {}, closure=cells),
]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)

module_globals, module_locals = {}, {}
exec("""
def outer():
    y = 1
    def read_global():
        global y
        return y
    def read_enclosing():
        return y + 1
    return read_global, read_enclosing
y = 9
g, h = outer()
result = (g(), h())
""", module_globals, module_locals)
print(module_locals["result"], "y" in module_globals, "y" in module_locals)
