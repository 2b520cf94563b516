# -*- coding: latin-1 -*-
# This file is encoded in Latin-1 (PEP 263): its bytes are not UTF-8.
s = "café à la crème"
print(s, len(s), s.encode("utf-8"))
print("½" == "\N{VULGAR FRACTION ONE HALF}")

# Source given as bytes to eval/exec/compile is decoded the same way.
def t(f):
    try: r = f(); print("ok", repr(r))
    except SyntaxError as e: print(type(e).__name__, e.args)
    except Exception as e: print(type(e).__name__, e)
t(lambda: compile(b'x=1\n\xff', 'f.py', 'exec'))
t(lambda: eval(b'# coding: ascii\n"\xe9"'))
t(lambda: eval(b'# coding: cp1252\n"\x80"'))
t(lambda: eval(b'\n# coding: latin-1\n"\xe9"'))
t(lambda: eval(b'# vim: set fileencoding=latin-1 :\n"\xe9"'))
t(lambda: eval(b'# coding: bogus\n1'))
t(lambda: eval(b'\xef\xbb\xbf# coding: latin-1\n1'))
t(lambda: eval(b'\xef\xbb\xbf# coding: utf-8\n1'))
t(lambda: eval(b'\xef\xbb\xbf"\xc3\xa9"'))
t(lambda: eval('# coding: latin-1\n"\xe9"'))
t(lambda: exec(b'# -*- coding: iso-8859-15 -*-\nprint("\xa4")'))
t(lambda: eval(bytearray(b'1+1')))
t(lambda: eval(memoryview(b' 2*3 ')))
t(lambda: exec(memoryview(b'print("mv")')))
