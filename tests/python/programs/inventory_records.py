# Hand-written dataclass-like records: descriptors with __set_name__,
# __init_subclass__ field collection, ordering, hashing and sorting.

class Field:
    def __init__(self, kind, default=None, *, validator=None):
        self.kind = kind
        self.default = default
        self.validator = validator

    def __set_name__(self, owner, name):
        self.name = name
        self.slot = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.slot, self.default)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{type(obj).__name__}.{self.name} must be "
                            f"{self.kind.__name__}, got {type(value).__name__} {value!r}")
        if self.validator is not None and not self.validator(value):
            raise ValueError(f"invalid {self.name}: {value!r}")
        setattr(obj, self.slot, value)

    def __repr__(self):
        return f"<Field {self.name}: {self.kind.__name__}>"


class Record:
    fields = ()

    def __init_subclass__(cls, *, order=False, **kwargs):
        super().__init_subclass__(**kwargs)
        inherited = [f for base in cls.__mro__[1:] for f in getattr(base, "fields", ())]
        own = [v for v in vars(cls).values() if isinstance(v, Field)]
        seen, fields = set(), []
        for f in inherited + own:
            if f.name not in seen:
                seen.add(f.name)
                fields.append(f)
        cls.fields = tuple(fields)
        cls._order = order
        if order:
            cls.__lt__ = lambda self, other: self._key() < other._key()
            cls.__le__ = lambda self, other: self._key() <= other._key()

    def __init__(self, *args, **kwargs):
        if len(args) > len(self.fields):
            raise TypeError(f"{type(self).__name__}() takes {len(self.fields)} positional "
                            f"arguments but {len(args)} were given")
        for field, value in zip(self.fields, args):
            setattr(self, field.name, value)
        names = {f.name for f in self.fields}
        for key, value in kwargs.items():
            if key not in names:
                raise TypeError(f"{type(self).__name__}() got an unexpected keyword argument '{key}'")
            setattr(self, key, value)

    def _key(self):
        return tuple(getattr(self, f.name) for f in self.fields)

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return self._key() == other._key()

    def __hash__(self):
        return hash(self._key())

    def __repr__(self):
        inner = ", ".join(f"{f.name}={getattr(self, f.name)!r}" for f in self.fields)
        return f"{type(self).__name__}({inner})"


class Item(Record, order=True):
    sku = Field(str, validator=lambda s: len(s) == 6 and s[:2].isalpha())
    name = Field(str, "")
    price = Field(float, 0.0, validator=lambda p: p >= 0)
    qty = Field(int, 0)

    @property
    def value(self):
        return self.price * self.qty


class Perishable(Item):
    days = Field(int, 7)


class Inventory:
    def __init__(self):
        self._items = {}

    def add(self, item):
        if item.sku in self._items:
            self._items[item.sku].qty += item.qty
        else:
            self._items[item.sku] = item
        return self

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(sorted(self._items.values()))

    def __contains__(self, sku):
        return sku in self._items

    def __getitem__(self, sku):
        return self._items[sku]

    def by(self, key, reverse=False):
        return sorted(self._items.values(), key=key, reverse=reverse)

    def table(self):
        rows = [("SKU", "Name", "Price", "Qty", "Value")]
        for it in self:
            rows.append((it.sku, it.name, f"{it.price:.2f}", str(it.qty), f"{it.value:,.2f}"))
        widths = [max(len(r[i]) for r in rows) for i in range(5)]
        for n, row in enumerate(rows):
            cells = [c.ljust(w) if i < 2 else c.rjust(w) for i, (c, w) in enumerate(zip(row, widths))]
            print(" | ".join(cells))
            if n == 0:
                print("-+-".join("-" * w for w in widths))
        total = sum(it.value for it in self)
        print(f"{'TOTAL':>{sum(widths) + 3 * 4}}" if False else f"{'total value:':<20}{total:>12,.2f}")


print(Item.fields)
print(Perishable.fields[-1], Item.sku, Item._order)
inv = Inventory()
inv.add(Item("AB1234", "widget", 2.5, 40))
inv.add(Item("ZZ0001", "gizmo", price=19.99, qty=3))
inv.add(Item("CD5678", name="doohickey", price=0.75, qty=1000))
inv.add(Perishable("MK0042", "milk", 1.29, 24, days=5))
inv.add(Item("AB1234", "widget", 2.5, 10))
inv.table()
print(len(inv), "AB1234" in inv, "XX9999" in inv)
print(inv["AB1234"])
print([it.sku for it in inv.by(lambda i: i.value, reverse=True)])
print([it.name for it in inv.by(lambda i: (len(i.name), i.name))])

a = Item("AB1234", "widget", 2.5, 50)
print(a == inv["AB1234"], a != inv["AB1234"], a == "AB1234", hash(a) == hash(inv["AB1234"]))
print(len({a, inv["AB1234"], Item("AB1234", "widget", 2.5, 50)}))
print(Item("AA0000") < Item("AA0001"), max(inv).sku, min(inv).sku)
p = Perishable("MK0042", "milk", 1.29, 24)
print(p, p.days, p == inv["MK0042"])

attempts = [
    lambda: Item("bad", "x"),
    lambda: Item("AB1234", 5),
    lambda: Item("AB1234", "x", -1.0),
    lambda: Item("AB1234", "x", 1.0, 1, 2),
    lambda: Item("AB1234", colour="red"),
    lambda: setattr(a, "qty", "many"),
    lambda: inv["NOPE00"],
]
for attempt in attempts:
    try:
        attempt()
    except (TypeError, ValueError, KeyError) as e:
        print(f"{type(e).__name__}: {e}")

print(sorted([Item("BB0002", "b"), Item("AA0001", "a")]) == [Item("AA0001", "a"), Item("BB0002", "b")])
print(Item("AA0001") > Item("AA0000"))
print(Item("AA0001") >= Item("AA0000"))
