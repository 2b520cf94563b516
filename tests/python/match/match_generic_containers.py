# matching mixed containers: tuples of mappings, lists of class instances, and sets via guards
class Item:
    __match_args__ = ('name', 'qty')
    def __init__(self, name, qty): self.name, self.qty = name, qty
def order_summary(order):
    match order:
        case {'items': []}:
            return 'empty order'
        case {'items': [Item(name, 1)]}:
            return f'single {name}'
        case {'items': [Item(_, q1), Item(_, q2), *more]} if q1 + q2 > 5:
            return f'bulk order, {2 + len(more)} lines'
        case {'items': [*items], 'coupon': str(code)}:
            return f'{len(items)} lines with coupon {code}'
        case {'items': items, 'tags': set() | frozenset() as tags} if 'gift' in tags:
            return f'gift order of {len(items)}'
        case _:
            return 'regular order'
orders = [{'items': []}, {'items': [Item('pen', 1)]}, {'items': [Item('a', 3), Item('b', 4), Item('c', 1)]},
          {'items': [Item('a', 1), Item('b', 1)], 'coupon': 'SAVE'}, {'items': [Item('x', 2)], 'tags': {'gift'}},
          {'items': [Item('x', 2)], 'tags': {'rush'}}]
for o in orders:
    print(order_summary(o))
