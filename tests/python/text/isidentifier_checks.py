# str.isidentifier follows the language's identifier rules (keywords included)
for s in ('name', '_', '__init__', 'for', 'True', 'match', '1abc', 'a1', 'a-b', 'a b', '', 'ñandú', '中文', 'x²', 'ℕ', 'a\u200d',
          '\u00b7a', 'a\u00b7', '𝔘𝔫𝔦𝔠𝔬𝔡𝔢', '$x', 'élan'):
    print(repr(s), s.isidentifier())
ns = {}
exec('ñandú = 1\n中文 = 2\nℕ = 3', ns)
print(sorted(k for k in ns if not k.startswith('__')))
