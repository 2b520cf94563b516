# mapping patterns use get(), so __missing__ is not triggered; dict subclasses match
class Defaulting(dict):
    def __missing__(self, key):
        print('  __missing__ called for', key)
        return 'default'
d = Defaulting(a=1)
match d:
    case {'b': value}:
        print('matched b', value)
    case {'a': value}:
        print('matched a', value)
match {'x': None}:
    case {'x': None}:
        print('None value matches None pattern')
match {'x': 1, 'y': 2}:
    case {'x': 1, **rest}:
        print('rest', rest, type(rest).__name__)
match {}:
    case {**rest}:
        print('empty rest', rest)
for src in ("match x:\n    case {'a': 1, 'a': 2}:\n        pass\n",
            "match x:\n    case {**_}:\n        pass\n",
            "match x:\n    case {y: 1}:\n        pass\n"):
    try:
        compile(src, '<m>', 'exec')
        print('compiled')
    except SyntaxError as e:
        print('SyntaxError:', e.msg)
