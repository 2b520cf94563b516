# The escape codecs: unicode_escape and raw_unicode_escape, both ways, with error handlers and positions.
for enc in ['unicode_escape', 'raw_unicode_escape']:
    for s in ['abc\n\t\\\'"', 'é\x00\x7f\x80ÿ', 'ĀḀ\U0001F600', '\ud800', 'a\\u0041']:
        print(enc, repr(s.encode(enc)))
    for b in [rb'a\n\x41\u0100\U0001F600\N{BULLET}\101\0', b'\xe9\\', rb'\x4', rb'\u12', rb'\N{nope}', rb'\N{', rb'\N{}', rb'\N',
              rb'\U00110000', b'ab\\', rb'a\\u0041\\\u0041', rb'\N{LATIN SMALL LETTER A}\N{cjk unified ideograph-4e00}']:
        for err in ['strict','replace','ignore','backslashreplace', 'bogus']:
            try: print(enc, err, repr(b.decode(enc, err)))
            except Exception as e: print(enc, err, type(e).__name__, e)
print(str(br'\u0663\u0661\u0664 ','raw-unicode-escape'))
print(str('\\U0010ffff'.encode("ascii"), 'unicode-escape') == '\U0010ffff')
print(bytearray(b'\\t').decode('unicode_escape'))
