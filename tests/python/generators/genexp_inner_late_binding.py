# only the first iterable of a genexp is bound early; later clauses see current values
rows = [[1, 2], [3]]
factor = 1
g = (x * factor for row in rows for x in row)
factor = 10
rows.append([4])
print(list(g))
outer_list = [1, 2]
inner_list = ['a']
g = ((o, i) for o in outer_list for i in inner_list)
outer_list = ['replaced']
inner_list = ['b', 'c']
print(list(g))
def make():
    base = [1, 2, 3]
    gens = [(x + k for x in base) for k in range(3)]
    return [list(g) for g in gens]
print(make())
