# SyntaxError: invalid character in identifier
price = 5 € 2
