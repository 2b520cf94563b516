# binary search tree with recursive generator traversals
class Node:
    def __init__(self, key):
        self.key, self.left, self.right = key, None, None
def insert(root, key):
    if root is None:
        return Node(key)
    if key < root.key:
        root.left = insert(root.left, key)
    else:
        root.right = insert(root.right, key)
    return root
def inorder(n):
    if n:
        yield from inorder(n.left)
        yield n.key
        yield from inorder(n.right)
def preorder(n):
    if n:
        yield n.key
        yield from preorder(n.left)
        yield from preorder(n.right)
def levels(n):
    queue = [n] if n else []
    while queue:
        yield [x.key for x in queue]
        queue = [c for x in queue for c in (x.left, x.right) if c]
root = None
for k in [50, 30, 70, 20, 40, 60, 80, 35, 65]:
    root = insert(root, k)
print(list(inorder(root)))
print(list(preorder(root)))
print(list(levels(root)))
it = inorder(root)
print([next(it) for _ in range(3)], sum(it))
