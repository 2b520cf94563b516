# caseless comparison with casefold versus lower
pairs = [('Straße', 'STRASSE'), ('ﬁle', 'FILE'), ('MASSE', 'Maße'), ('Ǆ', 'ǆ'), ('µ', 'μ'), ('ſ', 's'), ('İ', 'i̇'), ('ΣΑΣ', 'σας')]
for a, b in pairs:
    print(a, b, a.lower() == b.lower(), a.casefold() == b.casefold(), a.upper() == b.upper())
words = ['apple', 'Äpfel', 'Zebra', 'zoo', 'Ärger', 'éclair', 'Eagle']
print(sorted(words), sorted(words, key=str.casefold), sorted(words, key=str.lower))
