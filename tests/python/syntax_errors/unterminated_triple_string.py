# SyntaxError: unterminated triple-quoted string literal
print(1)
s = """starts here
and never
ends
