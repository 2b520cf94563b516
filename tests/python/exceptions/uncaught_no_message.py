# uncaught exception without arguments prints only the (qualified) class name
class Outer:
    class InnerError(Exception):
        pass
print('about to fail')
raise Outer.InnerError
