# dir() of a module lists its namespace, not the attributes of the module type.
import sys

print("__name__" in dir(sys), "__class__" in dir(sys), "__init__" in dir(sys), "argv" in dir(sys))
print(dir(sys) == sorted(dir(sys)), "exit" in dir(sys))
import builtins
names = dir(builtins)
print("__class__" in names, "__repr__" in names, "print" in names, "open" in names, "exit" in names)
print(type(builtins).__name__, builtins.__name__, builtins.len is len)
