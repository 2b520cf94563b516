# compile-time errors in f-strings (3.11 messages)
sources = ["f'{}'", "f'{ }'", "f'{!r}'", "f'{x!z}'", "f'{x'", "f'}'", "f'{x}}'", "f'{a b}'",
           "f'{x:{y:{z}}}'", "f'{lambda x: x}'", "f'{yield}'", "f'{*xs}'", "f'{x!}'", "f'{#}'"]
for src in sources:
    try:
        compile(src, '<f>', 'eval')
        print(src, '-> compiled')
    except SyntaxError as e:
        print(src, '-> SyntaxError:', e.msg)
