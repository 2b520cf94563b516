# A tiny stack language: tokenizer (generator), compiler to tuples, and a VM with error reporting.
class VMError(Exception):
    def __init__(self, msg, pos):
        super().__init__(f"{msg} at {pos}")
        self.pos = pos


def tokens(src):
    i, n = 0, len(src)
    while i < n:
        ch = src[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or (ch == "-" and i + 1 < n and src[i + 1].isdigit()):
            j = i + 1
            while j < n and (src[j].isdigit() or src[j] == "."):
                j += 1
            text = src[i:j]
            yield ("num", float(text) if "." in text else int(text), i)
            i = j
        elif ch.isalpha() or ch == "_":
            j = i
            while j < n and (src[j].isalnum() or src[j] == "_"):
                j += 1
            yield ("word", src[i:j], i)
            i = j
        elif ch == '"':
            j = src.find('"', i + 1)
            if j < 0:
                raise VMError("unterminated string", i)
            yield ("str", src[i + 1:j], i)
            i = j + 1
        else:
            yield ("op", ch, i)
            i += 1


OPS = {
    "+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b,
    "/": lambda a, b: a / b, "%": lambda a, b: a % b, "<": lambda a, b: a < b,
}


def run(src, trace=False):
    stack, out, words = [], [], {}
    toks = list(tokens(src))
    pc = 0
    while pc < len(toks):
        kind, val, pos = toks[pc]
        pc += 1
        try:
            if kind in ("num", "str"):
                stack.append(val)
            elif kind == "op":
                b, a = stack.pop(), stack.pop()
                stack.append(OPS[val](a, b))
            elif val == "dup":
                stack.append(stack[-1])
            elif val == "swap":
                stack[-1], stack[-2] = stack[-2], stack[-1]
            elif val == "print":
                out.append(repr(stack.pop()))
            elif val == "def":
                name = toks[pc][1]
                end = next(k for k in range(pc, len(toks)) if toks[k][1] == "end")
                words[name] = toks[pc + 1:end]
                pc = end + 1
            elif val in words:
                toks[pc:pc] = words[val]
            else:
                raise VMError(f"unknown word {val!r}", pos)
        except IndexError:
            raise VMError("stack underflow", pos) from None
        except ZeroDivisionError as e:
            raise VMError(str(e), pos)
        except KeyError as e:
            raise VMError(f"bad operator {e}", pos)
        if trace:
            print(f"  {val!s:>6} -> {stack}")
    return " ".join(out), stack


print(run('1 2 + dup * print 7 2 / print "ab" 3 * print'))
print(run("def sq dup * end 3 sq 4 sq + print 10 3 % print 2 5 < print"))
print(run("1.5 2 swap - print", trace=True))
for bad in ["1 +", "1 0 /", "frob", '"open', "1 2 &"]:
    try:
        run(bad)
    except VMError as e:
        print(type(e).__name__, e, e.pos, repr(e.__cause__), type(e.__context__).__name__)
print(list(tokens('x_1 -3 4.25 "s t" ?')))
