# grouping anagrams and finding palindromes
words = ['listen', 'silent', 'enlist', 'google', 'gooegl', 'cat', 'act', 'tac', 'dog',
         'level', 'racecar', 'noon', 'python', 'inlets']
groups = {}
for w in words:
    groups.setdefault(''.join(sorted(w)), []).append(w)
for key in sorted(groups):
    if len(groups[key]) > 1:
        print(key, '->', sorted(groups[key]))
print('palindromes:', [w for w in words if w == w[::-1]])
def is_sentence_palindrome(s):
    letters = [c.lower() for c in s if c.isalnum()]
    return letters == letters[::-1]
for s in ['A man, a plan, a canal: Panama', 'No lemon, no melon', 'Hello, World']:
    print(repr(s), is_sentence_palindrome(s))
def longest_palindrome(s):
    best = ''
    for center in range(2 * len(s) - 1):
        lo, hi = center // 2, (center + 1) // 2
        while lo >= 0 and hi < len(s) and s[lo] == s[hi]:
            lo -= 1
            hi += 1
        if hi - lo - 1 > len(best):
            best = s[lo + 1:hi]
    return best
print(longest_palindrome('forgeeksskeegfor'), longest_palindrome('abacdfgdcaba'))
