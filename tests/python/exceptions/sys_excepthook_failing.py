# A sys.excepthook that fails: CPython prints both tracebacks ("Error in sys.excepthook" ... "Original
# exception was"); the golden text keeps the last line, the full text is in StderrTest.
import sys
def hook(t, v, tb):
    print("in hook", t.__name__)
    raise RuntimeError("hook broke")
sys.excepthook = hook
def f():
    raise ValueError("boom")
f()
