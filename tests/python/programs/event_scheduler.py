# An event scheduler: context managers for transactions and timing-free
# tracing, generators with send() as coroutines-by-hand, class-level
# counters, __slots__, properties and custom exceptions with notes.

class SchedulerError(Exception):
    pass


class Conflict(SchedulerError):
    def __init__(self, new, existing):
        super().__init__(f"{new.name} overlaps {existing.name}")
        self.new, self.existing = new, existing


class Event:
    __slots__ = ("name", "start", "end", "room")

    def __init__(self, name, start, end, room):
        if end <= start:
            raise ValueError(f"event {name!r} ends before it starts ({start}..{end})")
        self.name, self.start, self.end, self.room = name, start, end, room

    @property
    def length(self):
        return self.end - self.start

    def overlaps(self, other):
        return self.room == other.room and self.start < other.end and other.start < self.end

    def __repr__(self):
        return f"<{self.name} {fmt(self.start)}-{fmt(self.end)} @{self.room}>"


def fmt(minutes):
    h, m = divmod(minutes, 60)
    return f"{h:02d}:{m:02d}"


class Transaction:
    """Applies changes to a schedule; rolls them all back if the block fails."""

    depth = 0

    def __init__(self, schedule, label):
        self.schedule, self.label = schedule, label

    def __enter__(self):
        Transaction.depth += 1
        self.saved = list(self.schedule.events)
        print(f"{'  ' * Transaction.depth}begin {self.label}")
        return self.schedule

    def __exit__(self, exc_type, exc, tb):
        indent = "  " * Transaction.depth
        Transaction.depth -= 1
        if exc_type is None:
            print(f"{indent}commit {self.label} ({len(self.schedule.events)} events)")
            return False
        self.schedule.events[:] = self.saved
        print(f"{indent}rollback {self.label}: {exc_type.__name__}: {exc}")
        return issubclass(exc_type, SchedulerError)


class Schedule:
    def __init__(self):
        self.events = []

    def add(self, event):
        for e in self.events:
            if event.overlaps(e):
                err = Conflict(event, e)
                err.add_note(f"free slots in {e.room}: {self.free(e.room)}")
                raise err
        self.events.append(event)
        self.events.sort(key=lambda e: (e.start, e.room))
        return event

    def free(self, room, day=(8 * 60, 18 * 60)):
        busy = sorted((e.start, e.end) for e in self.events if e.room == room)
        slots, cur = [], day[0]
        for s, e in busy:
            if s > cur:
                slots.append(f"{fmt(cur)}-{fmt(s)}")
            cur = max(cur, e)
        if cur < day[1]:
            slots.append(f"{fmt(cur)}-{fmt(day[1])}")
        return slots

    def agenda(self):
        for e in self.events:
            print(f"  {fmt(e.start)}  {e.length:>3}m  {e.room:<6} {e.name}")


def reminder_service():
    """A generator used as a coroutine: receives the current time, yields due reminders."""
    pending = []
    due = []
    while True:
        msg = yield due
        due = []
        if isinstance(msg, Event):
            pending.append((msg.start - 15, msg.name))
            pending.sort()
        elif isinstance(msg, int):
            while pending and pending[0][0] <= msg:
                due.append(f"{fmt(msg)}: {pending.pop(0)[1]} starts soon")
        elif msg is None:
            return len(pending)


s = Schedule()
with Transaction(s, "morning"):
    s.add(Event("standup", 9 * 60, 9 * 60 + 15, "blue"))
    s.add(Event("design review", 10 * 60, 11 * 60 + 30, "blue"))
    s.add(Event("1:1", 10 * 60, 10 * 60 + 30, "green"))

with Transaction(s, "afternoon"):
    s.add(Event("lunch talk", 12 * 60, 13 * 60, "hall"))
    with Transaction(s, "nested"):
        s.add(Event("retro", 14 * 60, 15 * 60, "blue"))
        s.add(Event("clash", 14 * 60 + 30, 15 * 60, "blue"))
    s.add(Event("planning", 15 * 60, 16 * 60, "blue"))

try:
    with Transaction(s, "bad input"):
        s.add(Event("backwards", 17 * 60, 16 * 60, "hall"))
except ValueError as e:
    print("escaped:", e)

print("agenda:")
s.agenda()
print("free blue:", s.free("blue"))
print("free hall:", s.free("hall"))

try:
    s.add(Event("overlap", 9 * 60, 10 * 60 + 5, "blue"))
except Conflict as e:
    print(f"Conflict: {e}; notes={e.__notes__}; existing={e.existing!r}")

try:
    Event("x", 1, 2, "r").color = "red"
except AttributeError as e:
    print("AttributeError:", e)

svc = reminder_service()
next(svc)
for e in s.events:
    svc.send(e)
for t in range(8 * 60, 16 * 60 + 1, 45):
    for line in svc.send(t):
        print(" ", line)
try:
    svc.send(None)
except StopIteration as stop:
    print("service stopped with", stop.value, "pending")

with Transaction(s, "final"):
    s.add(Event("wrap-up", 16 * 60, 17 * 60, "green"))
    s.add(Event("double-booked", 16 * 60 + 30, 17 * 60, "green"))
print("after final:", len(s.events), "events")
with Transaction(s, "doomed"):
    s.events.append("not an event")
    s.add(Event("late", 17 * 60, 18 * 60, "blue"))
