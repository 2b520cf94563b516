# sys.exit with an int sets the exit status (stderr is empty, so nothing follows the marker)
import sys
print('exiting with 3')
sys.exit(3)
