# SyntaxError: missing comma between list items
items = [1 2 3]
