# title() splits words at any non-letter; capitalize() lowercases everything else
for s in ("they're bill's friends", "hello world", "HELLO wORLD", "x1y2z3", "o'neil mc-donald", "3rd place",
          "ǆungla", "élan vital", "tab\tseparated words", "", "a", "αβγ δεζ", "ﬂuffy ﬁsh"):
    print(repr(s.title()), repr(s.capitalize()), s.istitle(), s.title().istitle())
print('Hello World'.istitle(), 'Hello world'.istitle(), 'HELLO'.istitle(), '123'.istitle(), 'A1b'.istitle(), 'ǅ'.istitle())
