# The names a program's __main__ module starts with.
print(list(globals()))
print(sorted(dir()))
print(__name__, __doc__, __package__, __spec__, __annotations__, __cached__)
print(__builtins__, type(__builtins__).__name__, __builtins__.len is len)
import builtins
print(builtins is __builtins__, builtins.__name__)
count: int = 3
label: str
print(__annotations__)
def f():
    return sorted(k for k in globals() if not k.startswith("__"))
print(f())
print(__file__.endswith("main_module_globals.py"))
