# SyntaxError: at module level, a prior assignment is reported before 'not allowed at module level'
x = 1
nonlocal x
