# when __str__ of an uncaught exception fails, the traceback says so
class Broken(Exception):
    def __str__(self):
        raise RuntimeError('no str for you')
print('raising Broken')
raise Broken('x')
