# a singly linked list with the container protocol
class Node:
    __slots__ = ('value', 'next')
    def __init__(self, value, next=None):
        self.value, self.next = value, next
class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self.size = 0
        for x in reversed(list(items)):
            self.push(x)
    def push(self, v):
        self.head = Node(v, self.head)
        self.size += 1
    def __len__(self): return self.size
    def __iter__(self):
        n = self.head
        while n:
            yield n.value
            n = n.next
    def __getitem__(self, i):
        if i < 0: i += self.size
        for k, v in enumerate(self):
            if k == i: return v
        raise IndexError('linked list index out of range')
    def __contains__(self, v):
        print('(contains)', end=' ')
        return any(x == v for x in self)
    def __repr__(self): return 'LinkedList([' + ', '.join(map(repr, self)) + '])'
    def __eq__(self, o): return list(self) == list(o)
    def reverse(self):
        prev, n = None, self.head
        while n:
            n.next, prev, n = prev, n, n.next
        self.head = prev
ll = LinkedList([1, 2, 3])
ll.push(0)
print(ll, len(ll), ll[0], ll[-1], 2 in ll, 9 in ll)
ll.reverse()
print(ll, list(ll), sum(ll), max(ll), sorted(ll))
try:
    ll[10]
except IndexError as e:
    print('IndexError:', e)
print(ll == [3, 2, 1, 0], bool(LinkedList()), bool(ll))
