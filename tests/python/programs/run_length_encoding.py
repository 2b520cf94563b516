# run-length encoding and decoding
def encode(s):
    if not s:
        return []
    runs = []
    current, count = s[0], 1
    for ch in s[1:]:
        if ch == current:
            count += 1
        else:
            runs.append((current, count))
            current, count = ch, 1
    runs.append((current, count))
    return runs
def to_text(runs):
    return ''.join(f'{n}{c}' if n > 1 else c for c, n in runs)
def decode(text):
    out = []
    num = ''
    for ch in text:
        if ch.isdigit():
            num += ch
        else:
            out.append(ch * int(num or '1'))
            num = ''
    return ''.join(out)
samples = ['WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW', 'abc', 'aabcccccaaa', '', 'zzzzzzzzzzzz']
for s in samples:
    runs = encode(s)
    text = to_text(runs)
    print(f'{s[:20]!r:24} -> {text!r:22} ok={decode(text) == s} ratio={len(text) / len(s) if s else 0:.2f}')
print(encode('aaabccdddd'))
