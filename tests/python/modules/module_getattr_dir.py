# PEP 562: a module-level __getattr__ answers for missing names (attribute access and from-imports),
# and a module-level __dir__ replaces the default listing.
import sys

plugins = type(sys)("plugins")
plugins.__dict__["known"] = 1


def lazy_lookup(name):
    if name.startswith("lazy_"):
        return "computed " + name[5:]
    raise AttributeError(f"module 'plugins' has no attribute {name!r}")


plugins.__dict__["__getattr__"] = lazy_lookup
plugins.__dict__["__dir__"] = lambda: ["known", "lazy_a", "lazy_b"]
sys.modules["plugins"] = plugins

import plugins as p
print(p.known, p.lazy_colour)
print(getattr(p, "lazy_x"), getattr(p, "other", "default"), hasattr(p, "lazy_y"), hasattr(p, "zzz"))
print(dir(p))
from plugins import lazy_size
print(lazy_size)
try:
    from plugins import missing
except ImportError as e:
    print("ImportError:", e)
p.known = 2
print(p.known)
p.absent
