# comparisons: NotImplemented falls back to identity for ==/!=, TypeError for ordering
class Only:
    def __lt__(self, o):
        return NotImplemented
o = Only()
print(o == o, o != o, o == 1)
for op in ('<', '<=', '>', '>='):
    try:
        eval('o ' + op + ' 1')
    except TypeError as e:
        print('TypeError:', e)
class Sub(int):
    def __eq__(self, o):
        return 'Sub.eq'
    def __lt__(self, o):
        return 'Sub.lt'
    def __gt__(self, o):
        return 'Sub.gt'
print(5 == Sub(5), Sub(5) == 5)
print(5 < Sub(1), 5 > Sub(1))
class Ne:
    def __eq__(self, o):
        return True
print(Ne() != 3, Ne() == 3)
class BothNe:
    def __eq__(self, o): return True
    def __ne__(self, o): return 'custom ne'
print(BothNe() != 1)
