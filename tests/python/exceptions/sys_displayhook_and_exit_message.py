# sys.displayhook prints a repr to sys.stdout and sets builtins._; a SystemExit message ends the program.
import sys
class Out:
    def write(self, s):
        sys.__stdout__.write("[captured] " + s)
sys.stderr = Out()
sys.displayhook(42)
sys.displayhook(None)
print(_ if "_" in dir(__builtins__) else "no _")
sys.stderr.write("through the replacement\n")
sys.stderr = sys.__stderr__
sys.exit("goodbye")
