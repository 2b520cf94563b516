# sys.exit(0) and SystemExit caught are not failures
import sys
try:
    sys.exit(5)
except SystemExit as e:
    print('caught SystemExit', e.code)
print('exiting cleanly')
sys.exit(0)
print('not reached')
