# an uncaught exception group prints a boxed traceback; the last line is the box border
print('raising group')
raise ExceptionGroup('two problems', [ValueError('first'), TypeError('second')])
