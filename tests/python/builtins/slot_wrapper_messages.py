cases = [lambda: (1).__add__(), lambda: (1).__add__(1, 2), lambda: [].__len__(1), lambda: (1).__neg__(2),
         lambda: (1).__eq__(), lambda: "a".__getitem__(), lambda: "a".__contains__(), lambda: [].__setitem__(1),
         lambda: [].__delitem__(), lambda: (1).__pow__(), lambda: (1).__pow__(1, 2, 3), lambda: (1).__hash__(1),
         lambda: (1).__repr__(1), lambda: (1).__bool__(2), lambda: object().__setattr__("a"),
         lambda: object().__getattribute__(), lambda: object().__delattr__(), lambda: iter([]).__next__(1),
         lambda: [].__iter__(1), lambda: (1).__lt__(), lambda: (1).__add__(x=1), lambda: [].__init__(1, 2),
         lambda: [].__iadd__(), lambda: (1).__index__(1), lambda: (1).__float__(1), lambda: (1).__divmod__(),
         lambda: {}.__len__(1), lambda: (1).__str__(1), lambda: property().__get__(), lambda: property().__set__(1),
         lambda: property().__delete__(1, 2), lambda: len.__call__.__call__(), ]
for c in cases:
    try:
        c()
        print("ok")
    except TypeError as e:
        print(e)
for f in [int.__add__, list.append, object.__setattr__, list.__getitem__, dict.__contains__, int.__format__, str.__len__, object.__repr__, list.__repr__, int.__eq__, set.__contains__, frozenset.__contains__, dict.__getitem__, tuple.__getitem__, str.__getitem__, object.__init__, int.__hash__, float.__bool__, list.__iadd__, dict.__iter__, type.__call__]:
    print(repr(f))
    for args in [(), ('x',), (1.5,)]:
        try: f(*args)
        except TypeError as e: print('  ', e)
print(repr((1).__add__).split(" at ")[0])
print(repr([].__len__).split(" at ")[0])
print(repr([].append).split(" at ")[0])
print(repr({}.__getitem__).split(" at ")[0])
