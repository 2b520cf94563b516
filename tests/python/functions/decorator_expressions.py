# since 3.9 any expression can be a decorator
registry = {}
class Registry:
    def __init__(self): self.items = []
    def register(self, fn):
        self.items.append(fn.__name__)
        return fn
regs = [Registry(), Registry()]
@regs[1].register
def first(): pass
@regs[0].register
def second(): pass
print([r.items for r in regs])
@(lambda fn: fn.__name__.upper())
def shout(): pass
print(shout)
decorators = {'double': lambda f: lambda x: 2 * f(x)}
@decorators['double']
def inc(x): return x + 1
print(inc(10))
@(yes := lambda f: f)
def same(): return 'same'
print(same(), yes is not None)
def make_none(fn): return None
@make_none
def vanished(): pass
print(vanished)
