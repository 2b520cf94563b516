# Raw strings keep backslashes
print(r'\n\t\x41')
print(len(r'\n'), list(r'\n'))
print(r'C:\Users\name')
print(r'\'', r"\"")
print(r'\\' == '\\\\')
print(r'''multi\nline
raw''')
print(r'\N{DASH}')
print(rb'\x41' == b'\\x41')
