# A text-adventure state machine driven by a scripted command list, with
# match statements on parsed commands, enum-like classes via a metaclass,
# and a final uncaught exception inside a generator.

class EnumMeta(type):
    def __new__(mcls, name, bases, ns):
        members = {k: v for k, v in ns.items() if not k.startswith("_") and isinstance(v, int)}
        cls = super().__new__(mcls, name, bases, {k: v for k, v in ns.items() if k not in members})
        cls._members = {}
        for k, v in members.items():
            inst = object.__new__(cls)
            inst.name, inst.value = k, v
            cls._members[k] = inst
            setattr(cls, k, inst)
        return cls

    def __iter__(cls):
        return iter(cls._members.values())

    def __len__(cls):
        return len(cls._members)

    def __getitem__(cls, name):
        return cls._members[name]

    def __call__(cls, value):
        for m in cls._members.values():
            if m.value == value:
                return m
        raise ValueError(f"{value!r} is not a valid {cls.__name__}")


class Enum(metaclass=EnumMeta):
    def __repr__(self):
        return f"<{type(self).__name__}.{self.name}: {self.value}>"

    def __str__(self):
        return f"{type(self).__name__}.{self.name}"


class Dir(Enum):
    NORTH = 0
    EAST = 1
    SOUTH = 2
    WEST = 3

    def opposite(self):
        return Dir((self.value + 2) % 4)


class State(Enum):
    EXPLORING = 1
    FIGHTING = 2
    DEAD = 3
    WON = 4


ROOMS = {
    "hall": {"desc": "a dusty hall", "exits": {Dir.NORTH: "library", Dir.EAST: "kitchen"}, "items": ["lamp"]},
    "library": {"desc": "shelves of rotting books", "exits": {Dir.SOUTH: "hall"}, "items": ["key", "scroll"]},
    "kitchen": {"desc": "a kitchen that smells of rust", "exits": {Dir.WEST: "hall", Dir.NORTH: "vault"}, "items": ["knife"]},
    "vault": {"desc": "the vault", "exits": {Dir.SOUTH: "kitchen"}, "items": ["gold"], "locked": True, "monster": ("troll", 3)},
}


class Game:
    def __init__(self):
        self.room = "hall"
        self.inventory = []
        self.state = State.EXPLORING
        self.hp = 5
        self.enemy = None
        self.turns = 0

    def say(self, msg):
        print(f"[{self.turns:02}] {msg}")

    def handle(self, line):
        self.turns += 1
        words = line.lower().split()
        match (self.state, words):
            case (State.DEAD | State.WON, _):
                self.say("The game is over.")
            case (_, []):
                self.say("Say something.")
            case (State.EXPLORING, ["go", direction]) if direction.upper() in {d.name for d in Dir}:
                self.move(Dir[direction.upper()])
            case (State.EXPLORING, ["go", *rest]):
                self.say(f"Go where? {' '.join(rest) or 'nowhere'}?")
            case (State.EXPLORING, ["take" | "get", item]):
                self.take(item)
            case (State.EXPLORING, ["look"]):
                r = ROOMS[self.room]
                exits = ", ".join(d.name.lower() for d in sorted(r["exits"], key=lambda d: d.value))
                self.say(f"You are in {r['desc']}. Exits: {exits}. Items: {r['items'] or 'none'}")
            case (_, ["inventory" | "i"]):
                self.say(f"You carry {', '.join(self.inventory) if self.inventory else 'nothing'}; hp={self.hp}")
            case (State.FIGHTING, ["attack", *_]):
                self.attack()
            case (State.FIGHTING, ["flee"]):
                self.state = State.EXPLORING
                self.enemy = None
                self.move(Dir.SOUTH, fleeing=True)
            case (State.FIGHTING, _):
                self.hp -= 1
                self.say(f"The {self.enemy[0]} hits you while you dither! hp={self.hp}")
                self.check()
            case _:
                self.say(f"I don't understand {line!r}.")

    def move(self, d, fleeing=False):
        r = ROOMS[self.room]
        if d not in r["exits"]:
            self.say(f"You can't go {d.name.lower()}.")
            return
        target = r["exits"][d]
        if ROOMS[target].get("locked"):
            if "key" not in self.inventory:
                self.say(f"The {target} is locked.")
                return
            ROOMS[target]["locked"] = False
            self.say("You unlock the door with the key.")
        self.room = target
        self.say(f"You {'flee' if fleeing else 'walk'} {d.name.lower()} to the {target} (back is {d.opposite().name.lower()}).")
        if "monster" in ROOMS[target]:
            self.enemy = list(ROOMS[target]["monster"])
            self.state = State.FIGHTING
            self.say(f"A {self.enemy[0]} attacks!")

    def take(self, item):
        items = ROOMS[self.room]["items"]
        if item in items:
            items.remove(item)
            self.inventory.append(item)
            self.say(f"Taken: {item}.")
            if item == "gold":
                self.state = State.WON
                self.say("You win!")
        else:
            self.say(f"There is no {item} here.")

    def attack(self):
        dmg = 2 if "knife" in self.inventory else 1
        self.enemy[1] -= dmg
        if self.enemy[1] <= 0:
            self.say(f"You slay the {self.enemy[0]}.")
            del ROOMS[self.room]["monster"]
            self.enemy = None
            self.state = State.EXPLORING
        else:
            self.hp -= 1
            self.say(f"You hit the {self.enemy[0]} for {dmg}; it has {self.enemy[1]} left. It hits back: hp={self.hp}")
            self.check()

    def check(self):
        if self.hp <= 0:
            self.state = State.DEAD
            self.say("You die.")


print(list(Dir), len(Dir), Dir(2), repr(Dir["WEST"]), Dir.EAST.opposite())
print(State.WON is State(4), State.DEAD == State.DEAD, isinstance(State.DEAD, Enum))
try:
    Dir(9)
except ValueError as e:
    print(e)

script = """look
go north
take key
take scroll
go up
go
go south
go east
take knife
i
go north
sing
attack
attack
look
take gold
look
dance""".splitlines()
g = Game()
g.handle("")
for line in script:
    g.handle(line)
print(g.state, g.inventory, g.turns)


def replay(commands):
    game = Game()
    for n, c in enumerate(commands):
        game.handle(c)
        yield n, game.state
        if game.state is State.DEAD:
            raise RuntimeError(f"player died after {n + 1} commands")

ROOMS["vault"]["monster"] = ("dragon", 99)
ROOMS["vault"]["locked"] = False
for n, state in replay(["go east", "go north", "wait", "wait", "attack", "wait", "wait", "wait"]):
    print(n, state)
