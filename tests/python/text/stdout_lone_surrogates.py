# Lone surrogates on the standard streams: an error on stdout (errors='strict', the pieces before it written),
# escaped on stderr (errors='backslashreplace').
import sys
sys.stderr.write("err \udc80 \ud800\n")
print("warn", "\udcff", file=sys.stderr)
try:
    print("before", "x\ud800y", "after")
except UnicodeEncodeError as e:
    print("\nerr", e, e.start, e.end)
try:
    sys.stdout.write("ab\udc80c")
except UnicodeEncodeError as e:
    print("\nerr2", e, e.start, e.end)
print(sys.stdout.errors, sys.stderr.errors)
raise ValueError("bad \udc80")
