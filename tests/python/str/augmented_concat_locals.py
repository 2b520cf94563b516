# x += str on a local variable builds long strings in linear time; what the program can observe must not change:
# values read during and after the loop, errors, other types, walrus, locals(), generators and str subclasses.
def build(n, piece):
    s = ""
    for i in range(n):
        s += piece
        if i % 1000 == 999:
            print(i, len(s), s[-3:])
    return s


big = build(3000, "abc")
print(len(big), big[:6], big[-6:], big.count("ca"))


def reads_each_time(n):
    s = "start:"
    lengths = []
    for i in range(n):
        s += str(i % 10) * 40
        lengths.append(len(s))
    return lengths[-1], s[:10], s[-5:]


print(reads_each_time(50))


def mixed(values):
    out = ""
    for v in values:
        try:
            out += v
        except TypeError as e:
            print("TypeError:", e)
    return out


print(len(mixed(["x" * 200, 5, "y" * 200, None, "z"])))


def lists_and_numbers():
    a = []
    n = 0
    for i in range(5):
        a += [i]
        n += i
    t = (1,)
    t += (2,)
    return a, n, t


print(lists_and_numbers())


def unbound():
    def rhs():
        print("rhs evaluated")
        return "x"
    try:
        s += rhs()
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    s = "a" * 300
    del s
    try:
        s += "b"
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)


unbound()


def self_and_walrus():
    s = "ab" * 200
    s += s
    print(len(s))
    s += (s := "tail")
    print(len(s), s[-8:])


self_and_walrus()


def snapshot():
    s = ""
    for i in range(300):
        s += "q"
    names = locals()
    return len(names["s"]), type(names["s"]).__name__


print(snapshot())


def gen():
    s = ""
    for i in range(400):
        s += "g"
        if i % 100 == 99:
            yield s


print([len(x) for x in gen()])


class Tail(str):
    def __radd__(self, other):
        return "radd(" + str(len(other)) + ")"


def subclass():
    s = "w" * 300
    s += "v"
    s += Tail("t")
    return s


print(subclass())


def keeps_value_on_error():
    s = "k" * 300
    try:
        s += {}["missing"]
    except KeyError:
        pass
    s += "!"
    return len(s), s[-2:]


print(keeps_value_on_error())
