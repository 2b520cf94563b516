# Declarations of private names in class bodies are reported where they were declared, under their mangled
# name where CPython uses it.
for s in ["class A:\n    def f(self):\n        nonlocal __x", "class A:\n    def f(self):\n        global __y\n        nonlocal __y", "def f():\n    nonlocal zz", "class B:\n    def g(self):\n        x = 1\n        global __q\n"]:
    try:
        compile(s, "s", "exec")
        print("ok")
    except SyntaxError as e:
        print(e.msg, e.lineno, e.offset, e.end_offset)
