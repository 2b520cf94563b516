# raising SystemExit with an int sets the exit status and prints nothing on stderr
import sys
print('exiting with 3')
sys.exit(3)
print('unreachable')
