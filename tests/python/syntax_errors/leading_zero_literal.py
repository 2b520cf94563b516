# SyntaxError: leading zeros in decimal integer literals
x = 0123
