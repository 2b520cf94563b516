# repr of strings: quote selection and escapes
for s in ['plain', "it's", 'say "hi"', 'both \' and "', '\n\t\r\\', '\x00\x07\x1b\x7f', 'é ü 中 😀',
          '\u200b\u2028\ufeff', '\x80\x9f\xa0\xad', '\ud800', "'", '"', '']:
    print(repr(s), ascii(s), len(repr(s)))
print(repr('a' * 3 + "'" * 2 + '"'), str(['x', "y'", 'z"']))
