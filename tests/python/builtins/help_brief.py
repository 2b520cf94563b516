# help() on functions, methods and lambdas prints pydoc's text (signature with annotations and defaults, the
# cleaned docstring); help('name') looks up builtins; copyright, credits, license and help as site adds them.
def f(a: int, b: 'str' = 'x', *args, c: list = None, **kw) -> float:
    """Do f.

      Indented.
    Done.
    """


def p(a, b=(1, 2), /, c=None, *, d, e={}):
    pass


def g(x):
    """
    Leading blank line.

        code block
    end"""


class A:
    "Class A doc."

    def m(self, z, /, k=2):
        "m doc"


help(f)
help(p)
help(g)
help(lambda x, y=1: x)
help(lambda: 0)
help(A().m)
help(A.m)
help("no_such_thing_anywhere")
print(repr(help))
print(repr(copyright))
print(repr(credits))
copyright()
credits()
print(type(help).__name__, type(help).__module__, type(license).__name__, type(license).__module__)
print([name for name in ("copyright", "credits", "license", "help", "exit", "quit") if name in dir(__builtins__)])
help(len)
help([].append)
help(str.split)
help(dict.get)
help(max)
help(iter)
help("abs")
# Methods taking *args have no text signature; a class method names the metatype's module.
help(set.union)
help(dict.update)
help(float.fromhex)
help(list.sort)
