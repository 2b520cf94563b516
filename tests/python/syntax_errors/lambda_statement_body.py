# SyntaxError: statements are not allowed in a lambda body
f = lambda x: return x
