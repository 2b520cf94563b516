# SystemExit(True) exits with status 1 since bool is an int
print('exit with True')
raise SystemExit(True)
