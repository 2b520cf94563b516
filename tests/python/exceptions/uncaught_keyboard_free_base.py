# an uncaught BaseException subclass that is not an Exception still terminates with status 1
class Abort(BaseException):
    pass
try:
    raise Abort('stop everything')
except Exception:
    print('not caught by except Exception')
