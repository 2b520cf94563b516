# finally blocks run while SystemExit propagates; the exit code is the SystemExit's
import sys
def main():
    try:
        print('working')
        sys.exit(4)
    finally:
        print('cleanup runs')
try:
    main()
except Exception:
    print('SystemExit is not an Exception')
finally:
    print('outer finally')
