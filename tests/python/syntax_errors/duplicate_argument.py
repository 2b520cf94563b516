# SyntaxError: duplicate argument name
def f(a, b, a):
    return a
