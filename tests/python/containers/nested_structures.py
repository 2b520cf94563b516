# nested dicts and lists: building, updating and walking a small tree of data
inventory = {}
def add(path, qty):
    node = inventory
    *dirs, leaf = path.split('/')
    for part in dirs:
        node = node.setdefault(part, {})
    node[leaf] = node.get(leaf, 0) + qty
for path, qty in [('fruit/apple', 3), ('fruit/pear', 2), ('veg/root/carrot', 5), ('fruit/apple', 4), ('veg/leaf/kale', 1)]:
    add(path, qty)
print(inventory)
def walk(node, prefix=''):
    for k in sorted(node):
        v = node[k]
        if isinstance(v, dict):
            yield from walk(v, prefix + k + '/')
        else:
            yield prefix + k, v
print(list(walk(inventory)))
def total(node):
    return sum(total(v) if isinstance(v, dict) else v for v in node.values())
print(total(inventory), total(inventory['veg']))
records = [{'name': 'a', 'tags': ['x', 'y']}, {'name': 'b', 'tags': []}, {'name': 'c', 'tags': ['y']}]
by_tag = {}
for r in records:
    for t in r['tags']:
        by_tag.setdefault(t, []).append(r['name'])
print(by_tag, [r['name'] for r in records if not r['tags']])
