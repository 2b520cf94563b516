# Annotating a tuple or list target (the empty tuple too) is a SyntaxError located at the target.
for s in ["(): int", "(a, b): int", "[a]: int", "(a,): int", "[]: int", "a, b: int", "(a): int = 1"]:
    try:
        compile(s, "s", "exec")
        print("ok", repr(s))
    except SyntaxError as e:
        print(repr(s), e.msg, e.offset, e.end_offset)
