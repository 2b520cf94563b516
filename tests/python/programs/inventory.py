# a small inventory system using classes, dicts and exceptions
class OutOfStock(Exception):
    pass
class Item:
    def __init__(self, sku, name, price, qty):
        self.sku, self.name, self.price, self.qty = sku, name, price, qty
    def __repr__(self):
        return f'Item({self.sku!r}, {self.name!r}, {self.price}, {self.qty})'
    def value(self):
        return self.price * self.qty
class Inventory:
    def __init__(self):
        self.items = {}
    def add(self, item):
        if item.sku in self.items:
            self.items[item.sku].qty += item.qty
        else:
            self.items[item.sku] = item
    def remove(self, sku, qty):
        item = self.items[sku]
        if item.qty < qty:
            raise OutOfStock(f'only {item.qty} of {item.name} left')
        item.qty -= qty
        if item.qty == 0:
            del self.items[sku]
    def total(self):
        return sum(i.value() for i in self.items.values())
    def report(self):
        for item in sorted(self.items.values(), key=lambda i: i.value(), reverse=True):
            print(f'  {item.sku:<6}{item.name:<10}{item.qty:>4} x {item.price:>7.2f} = {item.value():>9.2f}')
        print(f'  {"total":<27}{self.total():>9.2f}')
inv = Inventory()
inv.add(Item('A1', 'bolt', 0.25, 400))
inv.add(Item('B2', 'hammer', 12.99, 10))
inv.add(Item('C3', 'saw', 24.5, 3))
inv.add(Item('A1', 'bolt', 0.25, 100))
inv.report()
for sku, qty in [('B2', 4), ('C3', 5), ('C3', 3), ('Z9', 1)]:
    try:
        inv.remove(sku, qty)
        print('removed', qty, sku)
    except OutOfStock as e:
        print('OutOfStock:', e)
    except KeyError as e:
        print('unknown sku', e)
inv.report()
print(list(inv.items.values()))
