# __import__ and the import statement for the one always-available module, sys
mod = __import__('sys')
import sys
import sys as system
from sys import maxsize as biggest
print(mod is sys is system, biggest == sys.maxsize, type(sys).__name__, sys.__name__)
print(sys.maxsize == 2 ** 63 - 1, isinstance(sys.argv, list), sys.version_info[:2] >= (3, 11), sys.version_info.major)
print(sys.getrecursionlimit() >= 1000, type(sys.stdout.write).__name__ in ('builtin_function_or_method', 'method'))
try:
    __import__('definitely_not_a_module_krait')
except ImportError as e:
    print(type(e).__name__, e.name)
try:
    from sys import no_such_name
except ImportError as e:
    print('ImportError:', e)
