# sort stability with keys and reverse, multi-key sorts, and sorted() vs list.sort()
people = [('ann', 30, 'nyc'), ('bob', 25, 'la'), ('cy', 30, 'la'), ('di', 25, 'nyc'), ('ed', 35, 'la')]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
by_city = sorted(people, key=lambda p: p[2])
by_city_then_age = sorted(by_city, key=lambda p: p[1])
print(by_city_then_age)
print(sorted(people, key=lambda p: (p[2], -p[1])))
data = [3, 1, 2]
r = data.sort()
print(r, data, sorted('bca'), sorted({'b': 1, 'a': 2}), sorted((3, 1)), type(sorted((1,))).__name__)
print(sorted(['B', 'a', 'C'], key=str.lower), sorted([-3, 2, -1], key=abs), sorted(['aa', 'b', 'ccc'], key=len, reverse=True))
same = [(1, 'first'), (1, 'second'), (1, 'third')]
print(sorted(same, key=lambda t: t[0], reverse=True))
print(sorted([2, 1, 3], reverse=False), sorted([], key=len), sorted([[2, 1], [1, 2], [1]]))
