# SyntaxError: expected ':' after a def header
def f(x)
    return x
