# format_map uses the mapping directly, so __missing__ works; format(**d) copies it
class Default(dict):
    def __missing__(self, key):
        return '{' + key + '}'
template = 'Hello {name}, you owe {amount:.2f} to {creditor}'
print(template.format_map(Default(name='Ann', amount=12.5)))
try:
    template.format(**Default(name='Ann', amount=12.5))
except KeyError as e:
    print('KeyError:', e)
class Loud(dict):
    def __getitem__(self, k):
        return k.upper()
print('{a} {bc}'.format_map(Loud()))
try:
    '{0}'.format_map({'0': 'zero'})
except (ValueError, KeyError) as e:
    print(type(e).__name__ + ':', e)
try:
    '{x}'.format_map([])
except TypeError as e:
    print('TypeError:', e)
