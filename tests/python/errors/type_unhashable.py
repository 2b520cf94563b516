# uncaught TypeError: list used as dict key
d = {}
d[(1, 2)] = 'tuple ok'
print(d)
d[[1, 2]] = 'list fails'
