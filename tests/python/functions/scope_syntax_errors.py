# compile-time scope errors for global and nonlocal declarations
sources = [
    'def f(x):\n    global x\n',
    'def f(x):\n    def g():\n        nonlocal x\n        x = 1\n    nonlocal x\n',
    'def f():\n    x = 1\n    global x\n',
    'def f():\n    print(x)\n    global x\n',
    'def f():\n    def g(x):\n        nonlocal x\n',
    'def f():\n    x = 1\n    def g():\n        x = 2\n        nonlocal x\n',
    'def f():\n    nonlocal y\n',
    'class C:\n    nonlocal z\n',
    'def f():\n    global q\n    nonlocal q\n',
]
for src in sources:
    try:
        compile(src, '<scope>', 'exec')
        print('compiled fine')
    except SyntaxError as e:
        print(f'SyntaxError line {e.lineno}: {e.msg}')
