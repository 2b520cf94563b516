# The exit status comes from the code attribute, which a subclass or a handler may set after construction.
class Abort(SystemExit):
    def __init__(self, reason):
        self.reason = reason
        self.code = 7


try:
    raise SystemExit(1)
except SystemExit as e:
    e.code = 2
    print("reassigned", e.code, e.args)

err = Abort("quota")
print(err.reason, err.code, err.args)
raise err
