# is* predicates
tests = ['123', '12.3', 'abc', 'ABC', 'abc123', '', ' ', '\t\n', 'Title Case', '½', '²', '٣', 'é', '_x', 'x y']
for t in tests:
    print(f'{t!r:14} digit={t.isdigit()!s:5} decimal={t.isdecimal()!s:5} numeric={t.isnumeric()!s:5} '
          f'alpha={t.isalpha()!s:5} alnum={t.isalnum()!s:5} space={t.isspace()!s:5} ident={t.isidentifier()}')
print('abc'.isascii(), 'é'.isascii(), 'Hello'.istitle(), 'a\x00'.isprintable(), 'ab'.isprintable())
