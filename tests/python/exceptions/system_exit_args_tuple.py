# SystemExit with several arguments exits with its code attribute, the whole args tuple, printed to stderr.
e = SystemExit("disk", "full")
print(e.code, e.args)
print(SystemExit().code, SystemExit(3).code)
raise e
