# Triple-quoted strings
s = """line one
line two
  indented "quotes" inside"""
print(s)
print(len(s.splitlines()))
t = '''it's 'fine' '' here'''
print(t)
u = """\
no leading newline\
"""
print(repr(u))
v = """ends with quote\""""
print(v)
print(repr("""a
b"""))
print('''"''' + """'""")
