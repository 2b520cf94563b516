# mapping patterns with **rest and value constraints
def handle(event):
    match event:
        case {'type': 'click', 'x': x, 'y': y}:
            return f'click at {x},{y}'
        case {'type': 'key', 'key': 'q' | 'Q'}:
            return 'quit'
        case {'type': 'key', 'key': k}:
            return f'key {k}'
        case {'type': t, **rest}:
            return f'unknown {t} with {rest}'
        case {}:
            return 'empty or no type'
        case _:
            return 'not a mapping'
print(handle({'type': 'click', 'x': 1, 'y': 2, 'extra': 0}))
print(handle({'type': 'key', 'key': 'Q'}))
print(handle({'type': 'key', 'key': 'a'}))
print(handle({'type': 'scroll', 'dy': 3, 'dx': 0}))
print(handle({'other': 1}))
print(handle([('type', 'click')]))
