# SystemExit with a string prints it to stderr and exits with status 1
import sys
print('failing')
sys.exit('fatal: configuration missing')
