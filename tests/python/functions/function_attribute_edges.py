# Function, method and wrapper attributes: what can be set or deleted, CPython's messages when not, staticmethod
# and classmethod copying the function's metadata into their own __dict__, bound methods showing the function's
# __doc__ and attributes.
def report(action):
    try:
        action()
        print("ok")
    except (AttributeError, TypeError) as e:
        print(type(e).__name__ + ":", e)


def plain(x: int) -> str:
    "plain doc"
    return str(x)


class Shop:
    def buy(self):
        "buy doc"

    @staticmethod
    def helper(n: int):
        "helper doc"
        return n * 2

    @classmethod
    def create(cls):
        return cls()


shop = Shop()
report(lambda: delattr(plain, "__dict__"))
report(lambda: setattr(plain, "__dict__", None))
report(lambda: setattr(plain, "__globals__", {}))
report(lambda: setattr(plain, "__closure__", ()))
report(lambda: setattr(plain, "__annotations__", 5))
report(lambda: setattr(shop.buy, "__func__", plain))
report(lambda: setattr(shop.buy, "__self__", None))
report(lambda: setattr(shop.buy, "__doc__", "new"))
report(lambda: setattr(shop.buy, "colour", "red"))
print(shop.buy.__doc__, Shop.buy.__doc__)
Shop.buy.colour = "blue"
print(shop.buy.colour, "colour" in dir(shop.buy))

sm = Shop.__dict__["helper"]
cm = Shop.__dict__["create"]
print(sm.__doc__, sm.__name__, sm.__qualname__, sm.__annotations__, cm.__name__, sm.__wrapped__ is Shop.helper)
print(sorted(sm.__dict__), sm.__isabstractmethod__)
sm.note = "extra"
print(sm.__dict__["note"], Shop.helper(4))
report(lambda: setattr(sm, "__func__", plain))

for obj, name in [(slice(1, 2), "start"), (range(3), "step"), (property(), "fget"), (2j, "real"), (1, "real"),
                  (Shop, "__mro__"), (int, "__name__"), (int, "spam")]:
    report(lambda: setattr(obj, name, 0))
    report(lambda: delattr(obj, name))

for name in ["__name__", "__qualname__", "__doc__", "__module__"]:
    report(lambda: delattr(Shop, name))

err = ValueError("boom")
for name in ["args", "__traceback__", "__cause__", "__context__", "__suppress_context__", "__dict__"]:
    report(lambda: delattr(err, name))
err.__dict__ = {"detail": 42}
print(err.detail)

gen = (c for c in "ab")
gen.__name__ = "letters"
print(gen.__name__, gen.__qualname__)
report(lambda: setattr(gen, "__qualname__", 3))
report(lambda: delattr(shop, "__class__"))

thing = type("Thing", (), {})()
thing.a = 1
del thing.__dict__
print(thing.__dict__)
thing.b = 2
print(vars(thing))
