# Huffman coding with a hand-made priority queue and deterministic tie
# breaking, bit packing into bytes, plus a queue simulation driven by a
# linear congruential generator (no random module needed).

class LCG:
    def __init__(self, seed):
        self.state = seed

    def next(self):
        self.state = (1103515245 * self.state + 12345) % 2 ** 31
        return self.state

    def randint(self, lo, hi):
        return lo + self.next() % (hi - lo + 1)

    def choice(self, seq):
        return seq[self.next() % len(seq)]


class Leaf:
    def __init__(self, ch, weight):
        self.ch, self.weight = ch, weight

    def __repr__(self):
        return f"Leaf({self.ch!r}, {self.weight})"


class Branch:
    def __init__(self, left, right, order):
        self.left, self.right = left, right
        self.weight = left.weight + right.weight
        self.order = order


def build_tree(text):
    freq = {}
    for ch in text:
        freq[ch] = freq.get(ch, 0) + 1
    queue = sorted(((w, ch, Leaf(ch, w)) for ch, w in freq.items()), key=lambda t: (t[0], t[1]))
    counter = 0
    while len(queue) > 1:
        a = queue.pop(0)
        b = queue.pop(0)
        counter += 1
        node = Branch(a[2], b[2], counter)
        item = (node.weight, "\uffff" + str(counter).zfill(4), node)
        i = 0
        while i < len(queue) and (queue[i][0], queue[i][1]) <= (item[0], item[1]):
            i += 1
        queue.insert(i, item)
    return queue[0][2], freq


def codes(node, prefix="", table=None):
    table = {} if table is None else table
    if isinstance(node, Leaf):
        table[node.ch] = prefix or "0"
    else:
        codes(node.left, prefix + "0", table)
        codes(node.right, prefix + "1", table)
    return table


def encode(text, table):
    bits = "".join(table[ch] for ch in text)
    padding = (8 - len(bits) % 8) % 8
    bits += "0" * padding
    return bytes(int(bits[i:i + 8], 2) for i in range(0, len(bits), 8)), padding


def decode(data, padding, tree, length):
    bits = "".join(f"{b:08b}" for b in data)
    if padding:
        bits = bits[:-padding]
    if isinstance(tree, Leaf):
        return tree.ch * length
    out, node = [], tree
    for bit in bits:
        node = node.left if bit == "0" else node.right
        if isinstance(node, Leaf):
            out.append(node.ch)
            node = tree
        if len(out) == length:
            break
    return "".join(out)


for text in ["abracadabra", "mississippi river", "aaaaaaa", "the quick brown fox jumps over the lazy dog",
             "ünïcödé ünïcödé!"]:
    tree, freq = build_tree(text)
    table = codes(tree)
    data, pad = encode(text, table)
    back = decode(data, pad, tree, len(text))
    ratio = len(data) / len(text.encode("utf-8"))
    print(f"{text[:20]!r:24} {len(table):>2} symbols {len(data):>3} bytes pad={pad} ratio={ratio:.3f} ok={back == text}")
    if len(text) < 12:
        print("   ", sorted(table.items(), key=lambda kv: (len(kv[1]), kv[0])))
        print("   ", data.hex(" "), list(data[:4]))

rng = LCG(2024)
print([rng.randint(1, 6) for _ in range(12)])
print("".join(rng.choice("ACGT") for _ in range(30)))

# A single-teller bank queue simulated minute by minute.
rng = LCG(7)
queue, served, waits, busy_until, longest = [], 0, [], 0, 0
for minute in range(240):
    if rng.randint(1, 10) <= 3:
        queue.append(minute)
    longest = max(longest, len(queue))
    if minute >= busy_until and queue:
        arrived = queue.pop(0)
        waits.append(minute - arrived)
        busy_until = minute + rng.randint(2, 5)
        served += 1
avg = sum(waits) / len(waits)
print(f"served={served} left={len(queue)} avg_wait={avg:.2f} max_wait={max(waits)} longest_queue={longest}")
hist = {}
for w in waits:
    bucket = min(w // 5 * 5, 30)
    hist[bucket] = hist.get(bucket, 0) + 1
for bucket in sorted(hist):
    label = f"{bucket}+" if bucket == 30 else f"{bucket}-{bucket + 4}"
    print(f"  {label:>6} {'*' * hist[bucket]}")
