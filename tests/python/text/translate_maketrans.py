# str.maketrans in its three forms and str.translate with ints, strings and None
t1 = str.maketrans('abc', 'xyz')
print(sorted(t1.items()), 'aabbcc-abc'.translate(t1))
t2 = str.maketrans('ab', 'AB', 'xyz')
print('axbycz'.translate(t2), sorted(t2.items()))
t3 = str.maketrans({'a': '1', 'b': None, 'c': 'long', ord('d'): 100})
print(sorted(t3.items()), 'abcd'.translate(t3))
print('hello'.translate({ord('l'): 'L', ord('o'): None}), 'hello'.translate({}))
class Lookup:
    def __getitem__(self, cp):
        if chr(cp) in 'aeiou':
            return chr(cp).upper()
        raise LookupError
print('translate vowels'.translate(Lookup()))
for bad in (lambda: str.maketrans('ab', 'x'), lambda: str.maketrans({'ab': 'x'}), lambda: str.maketrans(1),
            lambda: 'a'.translate({97: 1.5}), lambda: 'a'.translate({97: 0x110000})):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ':', e)
print(b'hello'.translate(bytes.maketrans(b'el', b'ip')), b'hello'.translate(None, b'l'))
