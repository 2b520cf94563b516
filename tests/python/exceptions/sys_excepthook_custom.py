# A replaced sys.excepthook receives the uncaught exception instead of the default traceback printer.
import sys
def hook(t, v, tb):
    print("custom hook:", t.__name__, v, tb.tb_lineno)
sys.excepthook = hook
raise ValueError("boom")
