# The default excepthook writes the traceback to sys.stderr as the program sees it (here, stdout).
import sys
print(sys.excepthook is sys.__excepthook__, sys.excepthook)
sys.stderr = sys.stdout
print("before")
1/0
