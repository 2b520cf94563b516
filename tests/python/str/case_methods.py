# case conversion methods
s = 'hello World 123 ÄÖü ß'
print(s.upper())
print(s.lower())
print(s.title())
print(s.capitalize())
print(s.swapcase())
print(s.casefold())
print('ǅ'.lower(), 'ǆ'.title(), 'ﬁ'.upper())
print("they're bill's friends".title())
print('HELLO'.isupper(), 'hello'.islower(), 'Hello World'.istitle(), '123'.isupper())
