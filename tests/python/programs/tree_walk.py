# recursive walks over a tree built from tuples and dicts
tree = ('root', [
    ('src', [
        ('main.py', 120),
        ('util.py', 45),
        ('lib', [('a.py', 10), ('b.py', 20)]),
    ]),
    ('README', 8),
    ('docs', [('guide.md', 300), ('empty', [])]),
])
def size(node):
    name, content = node
    if isinstance(content, int):
        return content
    return sum(size(child) for child in content)
def show(node, depth=0):
    name, content = node
    if isinstance(content, int):
        print('  ' * depth + f'{name} ({content})')
    else:
        print('  ' * depth + f'{name}/ [{size(node)}]')
        for child in content:
            show(child, depth + 1)
def paths(node, prefix=''):
    name, content = node
    path = prefix + name
    if isinstance(content, int):
        yield path
    else:
        for child in content:
            yield from paths(child, path + '/')
show(tree)
print(list(paths(tree)))
config = {'name': 'app', 'debug': False, 'db': {'host': 'localhost', 'ports': [5432, 5433]},
          'features': {'search': {'enabled': True, 'limit': 50}}}
def flatten(d, prefix=''):
    out = {}
    for key, value in d.items():
        full = f'{prefix}.{key}' if prefix else key
        if isinstance(value, dict):
            out.update(flatten(value, full))
        else:
            out[full] = value
    return out
for k, v in flatten(config).items():
    print(f'{k} = {v!r}')
def depth(d):
    return 1 + max((depth(v) for v in d.values() if isinstance(v, dict)), default=0)
print('depth', depth(config))
