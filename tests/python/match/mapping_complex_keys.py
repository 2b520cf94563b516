# Complex literals (a real part plus or minus an imaginary part) are valid mapping-pattern keys and value
# patterns; they are folded to constants like any literal, and duplicates are caught.
def describe(point):
    match point:
        case {1-2j: "low", **rest}:
            return "low", rest
        case {-0-0j: label}:
            return "origin", label
        case {0.5+1.5j: int(n)} if n > 2:
            return "big", n
        case -1+1j:
            return "corner"
        case _:
            return "other"


print(describe({1 - 2j: "low", 3: "x"}))
print(describe({0j: "zero"}))
print(describe({0.5 + 1.5j: 7}))
print(describe({0.5 + 1.5j: 1}))
print(describe(complex(-1, 1)))
print((1-2j) == complex(1, -2), -0-0j, repr(0-0j), 2+3j - 3j)
try:
    compile("match x:\n    case {1+1j: a, 1+1j: b}: pass", "<s>", "exec")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
for keys in ["1: a, 1.0: b", "True: a, 1: b", "'k': a, 'k': b", "-0.0: a, 0: b", "None: a, None: b"]:
    try:
        compile("match x:\n    case {" + keys + "}: pass", "<s>", "exec")
        print("compiled", keys)
    except SyntaxError as e:
        print("SyntaxError:", e.msg)
