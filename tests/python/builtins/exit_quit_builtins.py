# exit() and quit(), the site module's builtins.
print(repr(exit), repr(quit), str(exit), type(exit).__name__, type(exit).__module__, callable(quit))
print(exit.name, quit.name, exit.eof)
for call in (lambda: exit(), lambda: quit(3), lambda: exit("bye"), lambda: quit(code=None), lambda: exit(False)):
    try:
        call()
    except SystemExit as e:
        print(repr(e), e.args, e.code)
try:
    exit(1, 2)
except TypeError as e:
    print("TypeError")
print("leaving")
exit("fatal: nothing more to do")
print("never")
