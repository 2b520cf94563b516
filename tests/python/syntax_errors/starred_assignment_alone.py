# SyntaxError: a starred target must be inside a list or tuple
*rest = [1, 2, 3]
