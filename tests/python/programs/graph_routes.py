# Graph algorithms on a small road network: a hand-written binary heap,
# Dijkstra with path reconstruction, BFS, iterative and recursive DFS,
# topological sort with cycle detection, connected components.

class MinHeap:
    def __init__(self):
        self.items = []

    def __len__(self):
        return len(self.items)

    def __bool__(self):
        return bool(self.items)

    def push(self, item):
        a = self.items
        a.append(item)
        i = len(a) - 1
        while i > 0:
            parent = (i - 1) // 2
            if a[i] < a[parent]:
                a[i], a[parent] = a[parent], a[i]
                i = parent
            else:
                break

    def pop(self):
        a = self.items
        if not a:
            raise IndexError("pop from empty heap")
        top = a[0]
        last = a.pop()
        if a:
            a[0] = last
            i = 0
            while True:
                l, r = 2 * i + 1, 2 * i + 2
                smallest = i
                if l < len(a) and a[l] < a[smallest]:
                    smallest = l
                if r < len(a) and a[r] < a[smallest]:
                    smallest = r
                if smallest == i:
                    break
                a[i], a[smallest] = a[smallest], a[i]
                i = smallest
        return top


class Graph:
    def __init__(self, directed=False):
        self.adj = {}
        self.directed = directed

    def add_edge(self, u, v, w=1):
        self.adj.setdefault(u, {})[v] = w
        self.adj.setdefault(v, {})
        if not self.directed:
            self.adj[v][u] = w

    def nodes(self):
        return sorted(self.adj)

    def dijkstra(self, source):
        dist = {source: 0}
        prev = {}
        heap = MinHeap()
        heap.push((0, source))
        done = set()
        while heap:
            d, u = heap.pop()
            if u in done:
                continue
            done.add(u)
            for v, w in sorted(self.adj[u].items()):
                nd = d + w
                if nd < dist.get(v, float("inf")):
                    dist[v] = nd
                    prev[v] = u
                    heap.push((nd, v))
        return dist, prev

    def path(self, source, target):
        dist, prev = self.dijkstra(source)
        if target not in dist:
            raise LookupError(f"no route from {source} to {target}")
        route = [target]
        while route[-1] != source:
            route.append(prev[route[-1]])
        return dist[target], route[::-1]

    def bfs(self, start):
        order, seen, frontier = [], {start}, [start]
        level = {start: 0}
        while frontier:
            nxt = []
            for u in frontier:
                order.append(u)
                for v in sorted(self.adj[u]):
                    if v not in seen:
                        seen.add(v)
                        level[v] = level[u] + 1
                        nxt.append(v)
            frontier = nxt
        return order, level

    def dfs(self, start, seen=None):
        seen = set() if seen is None else seen
        seen.add(start)
        yield start
        for v in sorted(self.adj[start]):
            if v not in seen:
                yield from self.dfs(v, seen)

    def dfs_iter(self, start):
        stack, seen, out = [start], set(), []
        while stack:
            u = stack.pop()
            if u in seen:
                continue
            seen.add(u)
            out.append(u)
            stack.extend(sorted(self.adj[u], reverse=True))
        return out

    def components(self):
        seen, comps = set(), []
        for n in self.nodes():
            if n not in seen:
                comp = list(self.dfs(n, seen))
                comps.append(sorted(comp))
        return comps

    def toposort(self):
        WHITE, GREY, BLACK = 0, 1, 2
        color = dict.fromkeys(self.adj, WHITE)
        order = []

        def visit(u, trail):
            color[u] = GREY
            for v in sorted(self.adj[u]):
                if color[v] == GREY:
                    cycle = trail[trail.index(v):] + [v]
                    raise ValueError("cycle: " + " -> ".join(cycle))
                if color[v] == WHITE:
                    visit(v, trail + [v])
            color[u] = BLACK
            order.append(u)

        for n in self.nodes():
            if color[n] == WHITE:
                visit(n, [n])
        return order[::-1]


h = MinHeap()
for x in [5, 3, 8, 1, 9, 2, 7, 3]:
    h.push(x)
print([h.pop() for _ in range(len(h))], len(h))
try:
    h.pop()
except IndexError as e:
    print("IndexError:", e)

roads = Graph()
for u, v, w in [("A", "B", 7), ("A", "C", 9), ("A", "F", 14), ("B", "C", 10), ("B", "D", 15),
                ("C", "D", 11), ("C", "F", 2), ("D", "E", 6), ("E", "F", 9), ("X", "Y", 1)]:
    roads.add_edge(u, v, w)
dist, prev = roads.dijkstra("A")
print(sorted(dist.items()))
for target in "EDFY":
    try:
        cost, route = roads.path("A", target)
        print(f"A->{target}: {cost:>3} via {'-'.join(route)}")
    except LookupError as e:
        print(e)
order, level = roads.bfs("A")
print("bfs:", order, {k: level[k] for k in sorted(level)})
print("dfs:", list(roads.dfs("A")), roads.dfs_iter("A"))
print("components:", roads.components())

deps = Graph(directed=True)
for pkg, needs in {"app": ["web", "db"], "web": ["http", "templates"], "db": ["driver"],
                   "http": ["sockets"], "templates": [], "driver": ["sockets"], "sockets": []}.items():
    deps.adj.setdefault(pkg, {})
    for n in needs:
        deps.add_edge(pkg, n)
print("install order:", list(reversed(deps.toposort())))
deps.add_edge("sockets", "web")
try:
    deps.toposort()
except ValueError as e:
    print(e)

grid = ["S.#.....",
        ".##.###.",
        "....#...",
        "##.##.#.",
        "...#..#E"]
maze = Graph()
cells = {(r, c) for r, row in enumerate(grid) for c, ch in enumerate(row) if ch != "#"}
for r, c in cells:
    for dr, dc in ((0, 1), (1, 0)):
        if (r + dr, c + dc) in cells:
            maze.add_edge((r, c), (r + dr, c + dc))
cost, route = maze.path((0, 0), (4, 7))
print("maze steps:", cost)
canvas = [list(row) for row in grid]
for r, c in route[1:-1]:
    canvas[r][c] = "*"
print("\n".join("".join(row) for row in canvas))
