# A to-do list manager driven by commands on standard input: input() for the
# header, then sys.stdin line by line; shlex-free quoting by hand, command
# dispatch through a dict of methods, undo stack, and a summary at EOF.
import sys


class CommandError(Exception):
    pass


def split_args(line):
    """Split on spaces, keeping "double quoted" parts together."""
    args, cur, quoted, had = [], [], False, False
    for ch in line:
        if ch == '"':
            quoted = not quoted
            had = True
        elif ch == " " and not quoted:
            if cur or had:
                args.append("".join(cur))
            cur, had = [], False
        else:
            cur.append(ch)
    if quoted:
        raise CommandError("unterminated quote")
    if cur or had:
        args.append("".join(cur))
    return args


class Task:
    _ids = 0

    def __init__(self, title, priority=2, tags=()):
        Task._ids += 1
        self.id = Task._ids
        self.title = title
        self.priority = priority
        self.tags = set(tags)
        self.done = False

    def __str__(self):
        mark = "x" if self.done else " "
        tags = " ".join(f"#{t}" for t in sorted(self.tags))
        return f"[{mark}] {self.id:>2} P{self.priority} {self.title}{'  ' + tags if tags else ''}"


class TodoApp:
    def __init__(self, owner):
        self.owner = owner
        self.tasks = {}
        self.undo_stack = []
        self.handled = 0

    def dispatch(self, line):
        args = split_args(line.strip())
        if not args:
            return
        name, *rest = args
        handler = getattr(self, "cmd_" + name.lower(), None)
        if handler is None:
            raise CommandError(f"unknown command {name!r}")
        self.handled += 1
        handler(*rest)

    def task(self, ident):
        try:
            return self.tasks[int(ident)]
        except ValueError:
            raise CommandError(f"not a task id: {ident!r}") from None
        except KeyError:
            raise CommandError(f"no task {ident}") from None

    def cmd_add(self, title, *opts):
        priority, tags = 2, []
        for o in opts:
            if o.startswith("p") and o[1:].isdigit():
                priority = int(o[1:])
            elif o.startswith("#"):
                tags.append(o[1:])
            else:
                raise CommandError(f"bad option {o!r}")
        t = Task(title, priority, tags)
        self.tasks[t.id] = t
        self.undo_stack.append(("add", t.id))
        print(f"added {t.id}: {title}")

    def cmd_done(self, *ids):
        for i in ids:
            t = self.task(i)
            if t.done:
                print(f"{t.id} already done")
                continue
            t.done = True
            self.undo_stack.append(("done", t.id))
            print(f"completed {t.id}")

    def cmd_rm(self, ident):
        t = self.task(ident)
        del self.tasks[t.id]
        self.undo_stack.append(("rm", t))
        print(f"removed {t.id}")

    def cmd_undo(self):
        if not self.undo_stack:
            raise CommandError("nothing to undo")
        kind, what = self.undo_stack.pop()
        if kind == "add":
            del self.tasks[what]
        elif kind == "done":
            self.tasks[what].done = False
        else:
            self.tasks[what.id] = what
        print(f"undid {kind}")

    def cmd_list(self, *filters):
        shown = sorted(self.tasks.values(), key=lambda t: (t.done, t.priority, t.id))
        for f in filters:
            if f.startswith("#"):
                shown = [t for t in shown if f[1:] in t.tags]
            elif f == "open":
                shown = [t for t in shown if not t.done]
            else:
                raise CommandError(f"bad filter {f!r}")
        print(f"-- {len(shown)} task(s) --")
        for t in shown:
            print(t)

    def cmd_tags(self):
        counts = {}
        for t in self.tasks.values():
            for tag in t.tags:
                counts[tag] = counts.get(tag, 0) + 1
        print(", ".join(f"{k}={v}" for k, v in sorted(counts.items())) or "(no tags)")


owner = input("Who are you? ").strip()
app = TodoApp(owner)
print(f"\nWelcome, {owner}.")
errors = 0
for lineno, line in enumerate(sys.stdin, start=2):
    if line.startswith("#") or not line.strip():
        continue
    print(f"> {line.rstrip()}")
    try:
        app.dispatch(line)
    except CommandError as e:
        errors += 1
        print(f"  error (line {lineno}): {e}")
    except TypeError as e:
        errors += 1
        print(f"  usage error (line {lineno}): {e}")

open_count = sum(not t.done for t in app.tasks.values())
print(f"\n{owner}: {app.handled} commands, {errors} errors, {len(app.tasks)} tasks, {open_count} open")
if open_count:
    raise SystemExit(open_count)
