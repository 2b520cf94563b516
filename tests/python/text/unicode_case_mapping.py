# full Unicode case mappings: length-changing, titlecase digraphs, final sigma, dotted I
for s in ('ß', 'ﬁ', 'ǅ', 'ǆ', 'Ǆ', 'İ', 'ŉ', 'ΐ', 'ΟΔΟΣ', 'ΣΑΣ ΣΑΣ', 'straße', 'ǈemma', 'ﬀ', 'ı', 'ſ', 'µ'):
    print(repr(s), repr(s.upper()), repr(s.lower()), repr(s.title()), repr(s.capitalize()), repr(s.swapcase()), repr(s.casefold()))
print(len('İ'.lower()), [hex(ord(c)) for c in 'İ'.lower()], len('ß'.upper()), 'ß'.upper().lower())
print('Σ'.lower(), 'AΣ'.lower(), 'AΣB'.lower(), 'AΣ.'.lower(), 'ΣA'.lower())
