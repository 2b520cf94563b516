# Bound built-in methods (l.append) compare equal and hash alike for the same object and function; method
# descriptors know their __objclass__.
l = []
print(l.append == l.append, l.append != l.append, l.append == [].append, l.append != [].append, l.append == l.pop)
print(l.__add__ == l.__add__, l.__add__ == [].__add__, l.__add__ == l.__mul__)
print(l.append.__name__, l.append.__self__ is l, hash(l.append) == hash(l.append))
print(list.__add__ == list.__add__, list.__add__ != list.__mul__, list.append == list.append, list.append.__objclass__, list.__add__.__objclass__)
print(str.lower.__qualname__, int.__add__.__qualname__, l.__add__.__objclass__)
try: l.append < l.append
except TypeError as e: print(e)
d = {}
print(d.get == d.get, d.get == {}.get, len({l.append, l.append, [].append}))
handlers = [l.append, d.clear]
handlers.remove(l.append)
print(len(handlers), d.clear in handlers, l.append in handlers, len == len, len != abs)
