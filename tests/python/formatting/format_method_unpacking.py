# str.format with * and ** unpacking from sequences, dicts and vars()
class Rec:
    def __init__(self): self.name, self.size = 'file.txt', 2048
args = ('a', 'b', 'c')
print('{2}-{1}-{0}'.format(*args), '{}{}{}'.format(*'xyz'))
print('{name} is {size:,} bytes'.format(**vars(Rec())))
opts = {'fill': '*', 'width': 9}
print('{0:{fill}^{width}}'.format('mid', **opts))
print('{0}{1}{key}'.format(*[1, 2], **{'key': 3}))
print('{0[0]}/{0[1]}'.format(*[('p', 'q')]))
try:
    '{0[{1}]}'.format({'a': 1}, 'a')
except KeyError as e:
    print('KeyError:', e)
