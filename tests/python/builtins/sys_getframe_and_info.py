# sys._getframe() (with the calling line of each frame), and sys.maxunicode, sys.flags, sys.int_info,
# sys.hash_info, sys.float_repr_style.
import sys
def who():
    f = sys._getframe(1)
    return f.f_code.co_name, f.f_lineno, sys._getframe().f_code.co_name
def caller():
    x = 1
    return who()
print(caller())
print(sys._getframe().f_code.co_name, sys._getframe(0).f_back)
try:
    sys._getframe(50)
except ValueError as e:
    print(e)
print(sys.maxunicode, sys.flags.optimize, sys.flags.dev_mode, sys.int_info.bits_per_digit, sys.hash_info.modulus, sys.hash_info.inf, sys.float_repr_style)
print(sys.int_info)
def trace_locals():
    a, b = 1, "two"
    return sorted(sys._getframe().f_locals)
print(trace_locals())
