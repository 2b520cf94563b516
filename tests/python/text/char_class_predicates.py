# isalpha, isalnum, isspace, isprintable, isascii, islower/isupper on tricky characters
samples = ['abc', 'ABC', 'aBc', 'ñ', 'ǅ', '中文', 'a1', '', ' ', '\t\n', '\x1c', '\xa0', '\u2028', '\u200b', '\x7f', '\x00', 'é', '😀', '123', 'a b', 'ß', 'ª']
for s in samples:
    print(f'{s!r:12}', s.isalpha(), s.isalnum(), s.isspace(), s.isprintable(), s.isascii(), s.islower(), s.isupper())
print('123abc'.islower(), '123ABC'.isupper(), '123'.islower(), 'ǅ'.islower(), 'ǅ'.isupper())
