# notes are printed after the exception line of an uncaught exception
e = TypeError('bad operand')
e.add_note('note one')
e.add_note('the last line of stderr is this note')
print('raising')
raise e
