# an uncaught exception whose str() is empty prints just the class name
print('raising ValueError with empty message')
raise ValueError('')
