# CPython 3.11 counts SyntaxError columns in characters for source given as a str, but in UTF-8 bytes for its
# parser's errors in a file without a coding declaration (imported here), and always for its compiler's errors.
import sys

sources = [
    'x = "日本" + $\n',
    'f("日本") = 5\n',
    'x = "日本"; def\n',
    'x = ("日本" for x in y, 1)\n',
    'print "日本", 1\n',
    'd = {"日本": 1, "a"}\n',
    'x = "日本" if True\n',
    'def f("é"): pass\n',
    'x = "日本" + "unterminated\n',
    'x = "😀" + €\n',
    '# -*- coding: utf-8 -*-\nx = "日本" + $\n',
    '"日本"; return 5\n',
    'f("ü", x=1, x=2)\n',
]
sys.path.insert(0, '/tmp')
for number, source in enumerate(sources):
    name = f'krait_golden_non_ascii_columns_{number}'
    with open(f'/tmp/{name}.py', 'w', encoding='utf-8') as f:
        f.write(source)
    for how in ('import', 'compile'):
        try:
            if how == 'import':
                __import__(name)
            else:
                compile(source, name, 'exec')
        except SyntaxError as e:
            print(number, how, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
