# parsing text commands with sequence patterns over str.split()
def run(command):
    match command.split():
        case []:
            return 'empty command'
        case ['quit' | 'exit']:
            return 'bye'
        case ['go', ('north' | 'south' | 'east' | 'west') as direction]:
            return f'going {direction}'
        case ['go', other]:
            return f'cannot go {other}'
        case ['take', item]:
            return f'taking {item}'
        case ['take', *items] if items:
            return f'taking {len(items)} things: {", ".join(items)}'
        case ['say', *words]:
            return 'saying "' + ' '.join(words) + '"'
        case [verb, *_]:
            return f'unknown verb {verb!r}'
for c in ('', 'quit', 'go north', 'go up', 'take lamp', 'take key coin map', 'say hello there', 'dance wildly', 'exit'):
    print(repr(c), '->', run(c))
