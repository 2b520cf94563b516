# A tiny stack VM with an assembler, labels, calls, and a disassembler.

class VMError(Exception):
    pass

class StackUnderflow(VMError):
    pass

OPS = {}

def op(name, arity=0):
    def register(fn):
        OPS[name] = (fn, arity)
        fn.opname = name
        return fn
    return register

class VM:
    def __init__(self, program, trace=False):
        self.program = program
        self.stack = []
        self.frames = []
        self.pc = 0
        self.vars = {}
        self.out = []
        self.trace = trace
        self.steps = 0

    def pop(self):
        if not self.stack:
            raise StackUnderflow(f"pop from empty stack at pc={self.pc - 1}")
        return self.stack.pop()

    def push(self, v):
        self.stack.append(v)

    def run(self, limit=10_000):
        while self.pc < len(self.program):
            name, *args = self.program[self.pc]
            self.pc += 1
            self.steps += 1
            if self.steps > limit:
                raise VMError(f"step limit {limit} exceeded")
            fn, arity = OPS[name]
            if self.trace:
                print(f"  {self.pc - 1:3d} {name:<6}{' '.join(map(str, args)):<8} {self.stack}")
            if fn(self, *args) is StopIteration:
                break
        return self.out

@op("push", 1)
def _push(vm, v): vm.push(v)

@op("pop")
def _pop(vm): vm.pop()

@op("dup")
def _dup(vm):
    v = vm.pop(); vm.push(v); vm.push(v)

@op("swap")
def _swap(vm):
    b, a = vm.pop(), vm.pop(); vm.push(b); vm.push(a)

def binary(name, f):
    @op(name)
    def impl(vm):
        b = vm.pop(); a = vm.pop()
        vm.push(f(a, b))
    return impl

for _name, _f in [("add", lambda a, b: a + b), ("sub", lambda a, b: a - b),
                  ("mul", lambda a, b: a * b), ("div", lambda a, b: a // b),
                  ("mod", lambda a, b: a % b), ("lt", lambda a, b: int(a < b)),
                  ("eq", lambda a, b: int(a == b))]:
    binary(_name, _f)

@op("load", 1)
def _load(vm, name):
    try:
        vm.push(vm.vars[name])
    except KeyError:
        raise VMError(f"unbound variable {name}") from None

@op("store", 1)
def _store(vm, name): vm.vars[name] = vm.pop()

@op("jmp", 1)
def _jmp(vm, target): vm.pc = target

@op("jz", 1)
def _jz(vm, target):
    if vm.pop() == 0:
        vm.pc = target

@op("call", 1)
def _call(vm, target):
    vm.frames.append(vm.pc)
    vm.pc = target

@op("ret")
def _ret(vm):
    vm.pc = vm.frames.pop()

@op("print")
def _print(vm): vm.out.append(vm.pop())

@op("halt")
def _halt(vm): return StopIteration


def assemble(source):
    labels, program = {}, []
    lines = [l.split("#", 1)[0].strip() for l in source.strip().splitlines()]
    for line in lines:
        if not line:
            continue
        if line.endswith(":"):
            labels[line[:-1]] = len(program)
            continue
        name, *args = line.split()
        if name not in OPS:
            raise VMError(f"unknown instruction {name!r}")
        if len(args) != OPS[name][1]:
            raise VMError(f"{name} takes {OPS[name][1]} operand(s), got {len(args)}")
        program.append([name, *args])
    for ins in program:
        for i, a in enumerate(ins[1:], 1):
            if a.lstrip("-").isdigit():
                ins[i] = int(a)
            elif ins[0] in ("jmp", "jz", "call"):
                ins[i] = labels[a]
    return [tuple(ins) for ins in program], labels


def disassemble(program, labels):
    names = {v: k for k, v in labels.items()}
    for pc, (name, *args) in enumerate(program):
        label = names.get(pc, "")
        print(f"{label + ':' if label else '':>8} {pc:02d} {name.upper():<6}{', '.join(repr(a) for a in args)}")


FACTORIAL = """
    push 10
    store n
    push 1
    store acc
loop:
    load n
    jz done
    load acc
    load n
    mul
    store acc
    load n
    push 1
    sub
    store n
    jmp loop
done:
    load acc
    print
    halt
"""

GCD = """
    push 1071
    push 462
    call gcd
    print
    halt
gcd:            # (a b -- gcd)
    dup
    jz gcd_end
    swap        # b a
    load_b_dummy:
    dup
    store t
    pop
    store a     # a := b ... keep b on stack? no: stack is [b]
    load t
    load a
    mod         # t % a  == old_a % old_b
    load a
    swap
    jmp gcd
gcd_end:
    pop
    ret
"""

prog, labels = assemble(FACTORIAL)
disassemble(prog, labels)
vm = VM(prog)
print("factorial:", vm.run(), "steps:", vm.steps)

prog, labels = assemble(GCD)
vm = VM(prog)
print("gcd:", vm.run(), "vars:", sorted(vm.vars.items()))

small, _ = assemble("push 3\npush 4\nadd\ndup\nmul\nprint")
VM(small, trace=True).run()

for bad in ["push", "frob 1", "add", "load q", "loop:\njmp loop"]:
    try:
        p, _ = assemble(bad)
        print(VM(p).run(limit=50))
    except VMError as e:
        print(f"{type(e).__name__}: {e}")
        print("   is VMError:", isinstance(e, VMError), "| mro:", [c.__name__ for c in type(e).__mro__])

print(sorted(OPS)[:5], _push.opname, len(OPS))
print(VM(assemble("push 1\npush 0\ndiv")[0]).run())
