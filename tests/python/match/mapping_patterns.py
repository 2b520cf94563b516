# mapping patterns: required keys, extra keys ignored, **rest, value patterns as keys
class Keys:
    NAME = 'name'
def handle(event):
    match event:
        case {'type': 'click', 'pos': (x, y)}:
            return f'click at {x},{y}'
        case {'type': 'key', 'key': str(k), **rest}:
            return f'key {k} with extras {rest}'
        case {Keys.NAME: n, 1: one}:
            return f'named {n} with int key {one}'
        case {'type': t}:
            return f'unhandled type {t}'
        case {}:
            return 'some other mapping'
        case _:
            return 'not a mapping'
for e in ({'type': 'click', 'pos': (3, 4), 'button': 1}, {'type': 'key', 'key': 'q', 'mod': 'ctrl', 'repeat': 2},
          {'type': 'key', 'key': 5}, {'name': 'n', 1: 'uno'}, {'type': 'scroll'}, {'other': 1}, {}, [('type', 'click')]):
    print(handle(e))
