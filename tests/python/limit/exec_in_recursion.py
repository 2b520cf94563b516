# Code compiled by exec() or eval() inside a recursion that reaches the limit: the recursion limit is met
# (plain "maximum recursion depth exceeded"), not the compiler's nesting limit.
def via_exec():
    exec("via_exec()")


def via_eval():
    return eval("via_eval()")


for f in (via_exec, via_eval):
    try:
        f()
    except RecursionError as e:
        print(f.__name__, e)
