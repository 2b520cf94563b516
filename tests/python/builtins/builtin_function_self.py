# __self__ of built-in functions: the module for a module's function, the type for __new__ and class methods,
# the object for a bound method; builtins is in sys.modules from the start.
import sys
print(len.__self__, print.__self__ is __builtins__ or print.__self__, sys.exit.__self__, [].append.__self__, int.__new__.__self__, (lambda: 0).__class__.__name__)
print(dict.fromkeys.__self__, str.maketrans.__self__ if hasattr(str.maketrans, '__self__') else 'none')
print('builtins' in sys.modules, sys.modules['builtins'] is len.__self__)
