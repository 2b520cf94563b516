# sets of strings: only sorted output is deterministic
words = 'the quick brown fox jumps over the lazy dog the end'.split()
unique = set(words)
print(len(words), len(unique))
print(sorted(unique))
print('the' in unique, 'cat' in unique)
vowels = set('aeiou')
print(sorted(vowels & set('programming')))
a = {'x', 'y', 'z'}
b = {'y', 'z', 'w'}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b))
print(len(set('mississippi')), sorted(set('mississippi')))
print(sorted({w[0] for w in words}))
