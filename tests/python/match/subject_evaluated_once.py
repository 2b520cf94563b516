# the subject expression is evaluated exactly once, before any case
def subject():
    print('  evaluating subject')
    return {'kind': 'b', 'value': 2}
match subject():
    case {'kind': 'a'}:
        print('a')
    case {'kind': 'b', 'value': v}:
        print('b with', v)
class Counting:
    reads = 0
    @property
    def x(self):
        Counting.reads += 1
        return 5
class P:
    __match_args__ = ('x',)
c = Counting()
match c:
    case Counting(x=1):
        pass
    case Counting(x=2):
        pass
    case Counting(x=5):
        print('matched x=5 after', Counting.reads, 'attribute reads')
match 42:
    case 1:
        print('no')
print('nothing matched, no error')
