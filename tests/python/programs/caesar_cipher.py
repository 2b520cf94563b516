# Caesar and Vigenere ciphers, with a brute-force crack by letter frequency
def shift_char(c, k):
    if 'a' <= c <= 'z':
        return chr((ord(c) - ord('a') + k) % 26 + ord('a'))
    if 'A' <= c <= 'Z':
        return chr((ord(c) - ord('A') + k) % 26 + ord('A'))
    return c
def caesar(text, k):
    return ''.join(shift_char(c, k) for c in text)
def vigenere(text, key, sign=1):
    out, i = [], 0
    for c in text:
        if c.isalpha():
            out.append(shift_char(c, sign * (ord(key[i % len(key)].lower()) - ord('a'))))
            i += 1
        else:
            out.append(c)
    return ''.join(out)
plain = 'The Quick Brown Fox Jumps Over The Lazy Dog, then sleeps.'
secret = caesar(plain, 13)
print(secret)
print(caesar(secret, -13) == plain)
def score(text):
    common = 'etaoinshr'
    return sum(text.lower().count(ch) * (len(common) - i) for i, ch in enumerate(common))
best = max(range(26), key=lambda k: score(caesar(caesar(plain, 7), -k)))
print('recovered shift:', best)
v = vigenere(plain, 'Lemon')
print(v)
print(vigenere(v, 'Lemon', -1))
