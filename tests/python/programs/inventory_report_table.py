# Inventory records with ordering, grouping, a formatted report table, totals and validation errors.
class Item:
    _registry = {}

    def __init__(self, sku, name, category, price, qty):
        if sku in Item._registry:
            raise KeyError(sku)
        if price < 0:
            raise ValueError(f"negative price for {sku}: {price!r}")
        self.sku, self.name, self.category = sku, name, category
        self.price, self.qty = price, qty
        Item._registry[sku] = self

    @property
    def value(self):
        return self.price * self.qty

    def __lt__(self, other):
        if not isinstance(other, Item):
            return NotImplemented
        return (self.category, -self.value, self.sku) < (other.category, -other.value, other.sku)

    def __eq__(self, other):
        return isinstance(other, Item) and self.sku == other.sku

    __hash__ = None

    def __repr__(self):
        return f"Item({self.sku!r}, {self.name!r}, {self.category!r}, {self.price!r}, {self.qty!r})"


rows = [
    ("A100", "Widget", "tools", 2.5, 120),
    ("A101", "Gadget", "tools", 12.75, 8),
    ("B200", "Apple", "food", 0.3, 1500),
    ("B201", "Bread", "food", 2.2, 40),
    ("C300", "Novel", "books", 9.99, 17),
    ("C301", "Atlas", "books", 45.0, 2),
    ("C302", "Comic", "books", 3.5, 0),
]
items = [Item(*r) for r in rows]
items.sort()
groups = {}
for it in items:
    groups.setdefault(it.category, []).append(it)

width = max(len(it.name) for it in items)
print(f"{'SKU':<6}{'Name':<{width + 2}}{'Price':>9}{'Qty':>7}{'Value':>12}")
print("-" * (6 + width + 2 + 9 + 7 + 12))
grand = 0
for cat, members in groups.items():
    print(f"[{cat.upper():^{width + 4}}]")
    subtotal = sum(m.value for m in members)
    grand += subtotal
    for m in members:
        flag = " (out)" if not m.qty else ""
        print(f"{m.sku:<6}{m.name:<{width + 2}}{m.price:>9.2f}{m.qty:>7,d}{m.value:>12,.2f}{flag}")
    print(f"{'subtotal':>{6 + width + 2 + 9 + 7}}{subtotal:>12,.2f}")
print(f"{'TOTAL':>{6 + width + 2 + 9 + 7}}{grand:>12,.2f}")
print(f"{grand:e} {grand:.3g} {grand:_.1f} {int(grand):#x} {int(grand):b}")

cheapest = min(items, key=lambda i: i.price)
dearest = max(items, key=lambda i: (i.price, i.sku))
print(cheapest, dearest, sep="\n")
print(sorted(Item._registry)[:3], len(Item._registry))
print([i.sku for i in sorted(items, key=lambda i: i.value, reverse=True)][:4])
for bad in [("A100", "Dup", "x", 1, 1), ("Z9", "Neg", "x", -1, 1), ("Z8", "Short")]:
    try:
        Item(*bad)
    except (KeyError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    {items[0]}
except TypeError as e:
    print(e)
try:
    items[0] < 3
except TypeError as e:
    print(e)
print(items[0] == items[0], items[0] != items[1], items[0] == 3)
