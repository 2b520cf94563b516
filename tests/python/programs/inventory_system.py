# An inventory program: slots, properties, class methods, exception hierarchy with notes, match, reports; ends with a chained error.
"""An inventory system: classes with properties and class methods, custom exceptions with notes, sorting,
grouping, report formatting, generators and a small command interpreter driven by a script."""

class InventoryError(Exception):
    """Base class for inventory problems."""

class OutOfStock(InventoryError):
    def __init__(self, sku, wanted, have):
        super().__init__(f"{sku}: wanted {wanted}, only {have} left")
        self.sku, self.wanted, self.have = sku, wanted, have

class UnknownItem(InventoryError, KeyError):
    pass

class Item:
    _next_id = 1
    __slots__ = ('id', 'sku', 'name', '_price', 'qty', 'tags')

    def __init__(self, sku, name, price, qty=0, *tags):
        self.id = Item._next_id
        Item._next_id += 1
        self.sku, self.name, self.qty, self.tags = sku, name, qty, set(tags)
        self.price = price

    @property
    def price(self):
        return self._price

    @price.setter
    def price(self, value):
        if not isinstance(value, (int, float)) or value < 0:
            raise ValueError(f"bad price {value!r} for {self.sku}")
        self._price = round(float(value), 2)

    @property
    def value(self):
        return self.price * self.qty

    @classmethod
    def parse(cls, line):
        sku, name, price, qty, *tags = [part.strip() for part in line.split('|')]
        return cls(sku, name, float(price), int(qty), *filter(None, tags))

    def __repr__(self):
        return f"Item({self.sku!r}, {self.name!r}, {self.price:.2f}, qty={self.qty})"

    def __lt__(self, other):
        return (self.name, self.sku) < (other.name, other.sku)

class Inventory:
    def __init__(self):
        self._items = {}
        self.log = []

    def add(self, item):
        if item.sku in self._items:
            self._items[item.sku].qty += item.qty
        else:
            self._items[item.sku] = item
        self.log.append(('add', item.sku, item.qty))

    def __getitem__(self, sku):
        try:
            return self._items[sku]
        except KeyError:
            raise UnknownItem(sku) from None

    def __contains__(self, sku):
        return sku in self._items

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        yield from sorted(self._items.values())

    def take(self, sku, n):
        item = self[sku]
        if item.qty < n:
            raise OutOfStock(sku, n, item.qty)
        item.qty -= n
        self.log.append(('take', sku, n))
        return item.price * n

    def by_tag(self):
        groups = {}
        for item in self:
            for tag in sorted(item.tags) or ['untagged']:
                groups.setdefault(tag, []).append(item.sku)
        return dict(sorted(groups.items()))

    def report(self):
        lines = [f"{'SKU':<6}{'Name':<18}{'Price':>8}{'Qty':>5}{'Value':>10}", '-' * 47]
        total = 0
        for item in self:
            lines.append(f"{item.sku:<6}{item.name:<18}{item.price:>8.2f}{item.qty:>5}{item.value:>10,.2f}")
            total += item.value
        lines.append('-' * 47)
        lines.append(f"{'Total':<37}{total:>10,.2f}")
        return '\n'.join(lines)

DATA = """
A1 | Widget            | 2.50  | 100 | metal | small
B2 | Gadget            | 12.99 | 15  | electronic
C3 | Doohickey         | 0.35  | 1200|
D4 | Thingamajig       | 99.5  | 2   | electronic | large
A1 | Widget            | 2.50  | 20  | metal
E5 | Whatchamacallit   | 7     | 0   | small
"""

inv = Inventory()
for line in DATA.strip().splitlines():
    inv.add(Item.parse(line))
print(len(inv), 'A1' in inv, 'Z9' in inv)
print(inv.report())
print(inv.by_tag())

script = ["take A1 30", "take B2 20", "take Z9 1", "take C3 1200", "price D4 -5", "price D4 89.999", "take E5 1", "take D4 2"]
revenue = 0
for command in script:
    verb, sku, amount = command.split()
    try:
        match verb:
            case "take":
                revenue += inv.take(sku, int(amount))
            case "price":
                inv[sku].price = float(amount)
    except OutOfStock as e:
        e.add_note(f"while running {command!r}")
        print("out of stock:", e, "|", e.__notes__)
    except UnknownItem as e:
        print("unknown:", e, isinstance(e, KeyError), repr(e))
    except ValueError as e:
        print("value error:", e)
    else:
        print("ok:", command)
print(f"revenue {revenue:.2f}")
print(inv.report())
print([entry for entry in inv.log if entry[0] == 'take'])
cheap = (item.sku for item in inv if item.price < 5)
print(next(cheap), list(cheap))
print(max(inv, key=lambda i: i.value), min(inv, key=lambda i: (i.qty, i.sku)))
print(sorted(inv, key=lambda i: i.value, reverse=True)[:2])
try:
    Item('X', 'bad', 'free')
except ValueError as e:
    print(e)
try:
    inv.take('B2', 100)
except InventoryError as e:
    raise RuntimeError("restock needed") from e
