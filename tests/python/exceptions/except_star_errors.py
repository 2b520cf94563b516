# except* restrictions: ExceptionGroup types, mixing with except, flow control
try:
    try:
        raise ExceptionGroup('g', [ValueError()])
    except* ExceptionGroup:
        pass
except TypeError as e:
    print('TypeError:', e)
for src in ('try:\n    pass\nexcept* ValueError:\n    pass\nexcept TypeError:\n    pass\n',
            'for x in []:\n    try:\n        pass\n    except* ValueError:\n        break\n',
            'def f():\n    try:\n        pass\n    except* ValueError:\n        return 1\n',
            'try:\n    pass\nexcept*:\n    pass\n'):
    try:
        compile(src, '<test>', 'exec')
    except SyntaxError as e:
        print('SyntaxError:', e.msg)
