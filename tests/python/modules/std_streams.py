# The standard streams' buffering attributes and the operations they do not support, and sys's encoding queries.
import sys

for name in ("stdin", "stdout", "stderr"):
    stream = getattr(sys, name)
    print(name, stream.line_buffering, stream.write_through, stream.readable(), stream.writable())

for call in (lambda: sys.stdout.read(), lambda: sys.stdout.readline(), lambda: sys.stderr.readlines(),
             lambda: sys.stdin.write("x"), lambda: sys.stdin.writelines(["x"])):
    try:
        call()
    except Exception as e:
        print(type(e).__name__, type(e).__module__, e, isinstance(e, OSError), isinstance(e, ValueError))

print(sys.getfilesystemencoding(), sys.getfilesystemencodeerrors(), sys.getdefaultencoding())


class Resource:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("finalizing", self.name, sys.is_finalizing())


print("running", sys.is_finalizing())
held = Resource("held at exit")
