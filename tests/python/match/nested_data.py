# deeply nested patterns over JSON-like data
def summarize(doc):
    match doc:
        case {'type': 'user', 'name': str(name), 'tags': [*tags], 'address': {'city': city}}:
            return f'{name} from {city} tagged {tags}'
        case {'type': 'user', 'name': str(name)}:
            return f'{name} (no address)'
        case {'type': 'group', 'members': [{'name': first}, *others]}:
            return f'group led by {first} with {len(others)} others'
        case {'type': 'group', 'members': []}:
            return 'empty group'
        case [{'type': _} as a, {'type': _} as b]:
            return f'pair of docs: {summarize(a)} & {summarize(b)}'
        case {'type': t}:
            return f'unknown type {t}'
        case _:
            return 'invalid'
docs = [
    {'type': 'user', 'name': 'ann', 'tags': ('x', 'y'), 'address': {'city': 'Oslo', 'zip': '0150'}},
    {'type': 'user', 'name': 'bob', 'tags': []},
    {'type': 'user', 'name': 42},
    {'type': 'group', 'members': [{'name': 'cy'}, {'name': 'di'}, {'name': 'ed'}]},
    {'type': 'group', 'members': []},
    [{'type': 'group', 'members': []}, {'type': 'user', 'name': 'fo'}],
    'nope',
]
for d in docs:
    print(summarize(d))
