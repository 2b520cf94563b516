# special methods on a metaclass apply to the classes themselves
class Meta(type):
    def __len__(cls): return len(cls.members)
    def __iter__(cls): return iter(cls.members)
    def __getitem__(cls, i): return cls.members[i]
    def __contains__(cls, x): return x in cls.members
    def __repr__(cls): return f'<enum {cls.__name__}>'
    def __call__(cls, v):
        return cls.members.index(v)
class Colour(metaclass=Meta):
    members = ['red', 'green', 'blue']
print(len(Colour), list(Colour), Colour[1], 'red' in Colour, 'pink' in Colour)
print(Colour, repr(Colour), [Colour], Colour('blue'))
class Meta2(type):
    def __getattr__(cls, name):
        return f'{cls.__name__}.{name} (dynamic)'
    def __eq__(cls, other): return cls.__name__ == getattr(other, '__name__', None)
    __hash__ = type.__hash__
class K(metaclass=Meta2):
    real = 1
print(K.real, K.virtual)
print(K == K, K == int)
