# Deprecation warnings are attributed to the line doing the truth test or conversion (the registry shows it):
# NotImplemented in if / not / and / or, and __complex__ returning a complex subclass (a warning, not an error).
class CS(complex):
    pass


class C:
    def __complex__(self):
        return CS(1, 2)


x = 1
print(complex(C()), type(complex(C())).__name__)
if NotImplemented:
    print("truthy")
y = not NotImplemented
z = NotImplemented and 1
w = NotImplemented or 2
print(y, z, w)
print(1 if NotImplemented else 0)
print(sorted((k[0][:40], k[2]) for k in __warningregistry__ if k != "version"))
