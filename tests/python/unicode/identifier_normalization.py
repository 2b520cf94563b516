# The lexer normalises non-ASCII identifiers to NFKC, with Unicode 14's decompositions: U+A7F2 MODIFIER
# LETTER CAPITAL C (new in Unicode 14) is the name C, as the ligature U+FB01 is 'fi' and a fullwidth letter
# its ASCII one.

exec('x\ua7f2 = 1\nprint(xC)')
exec('\ufb01x = 2\nprint(fix)')
exec('\uff41\uff42 = 3\nprint(ab)')
exec('y\U00010781 = 4\nprint([n for n in dir() if n.startswith("y")])')
exec('\u212b = 5\nprint(\u00c5, [n for n in dir() if not n.startswith("_")])')
namespace = {}
exec('z\ua7f2\u0301 = 6', namespace)
print(ascii(sorted(n for n in namespace if not n.startswith('_'))))
