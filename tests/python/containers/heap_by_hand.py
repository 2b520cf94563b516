# a binary min-heap on a plain list, used as a priority queue with tuple priorities
def push(heap, item):
    heap.append(item)
    i = len(heap) - 1
    while i > 0:
        parent = (i - 1) // 2
        if heap[i] < heap[parent]:
            heap[i], heap[parent] = heap[parent], heap[i]
            i = parent
        else:
            break
def pop(heap):
    last = heap.pop()
    if not heap:
        return last
    top, heap[0] = heap[0], last
    i, n = 0, len(heap)
    while True:
        l, r, smallest = 2 * i + 1, 2 * i + 2, i
        if l < n and heap[l] < heap[smallest]: smallest = l
        if r < n and heap[r] < heap[smallest]: smallest = r
        if smallest == i:
            return top
        heap[i], heap[smallest] = heap[smallest], heap[i]
        i = smallest
h = []
for task in [(3, 'write'), (1, 'plan'), (4, 'test'), (1, 'coffee'), (5, 'ship'), (2, 'code')]:
    push(h, task)
print(h[0], len(h))
print([pop(h) for _ in range(len(h))])
nums = [9, 4, 7, 1, 8, 2, 2, 6]
h = []
for n in nums:
    push(h, n)
print([pop(h) for _ in nums] == sorted(nums))
