# a hand-written pretty printer for nested dicts/lists (JSON-like)
def render(value, indent=0):
    pad = '  ' * indent
    if isinstance(value, dict):
        if not value:
            return '{}'
        inner = [f'{pad}  "{k}": {render(v, indent + 1)}' for k, v in value.items()]
        return '{\n' + ',\n'.join(inner) + '\n' + pad + '}'
    if isinstance(value, list):
        if not value:
            return '[]'
        if all(not isinstance(v, (dict, list)) for v in value):
            return '[' + ', '.join(render(v) for v in value) + ']'
        inner = [pad + '  ' + render(v, indent + 1) for v in value]
        return '[\n' + ',\n'.join(inner) + '\n' + pad + ']'
    if isinstance(value, bool):
        return 'true' if value else 'false'
    if value is None:
        return 'null'
    if isinstance(value, str):
        return '"' + value.replace('\\', '\\\\').replace('"', '\\"') + '"'
    return repr(value)
doc = {
    'name': 'krait',
    'version': [0, 1, 0],
    'stable': False,
    'license': None,
    'authors': [{'name': 'A. "Ace" Person', 'email': 'a@example.com'}, {'name': 'B', 'roles': []}],
    'metrics': {'coverage': 0.875, 'tests': 172, 'nested': {'empty': {}}},
}
print(render(doc))
