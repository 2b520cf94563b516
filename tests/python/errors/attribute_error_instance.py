# uncaught AttributeError on an instance of a user class
class Box:
    def __init__(self):
        self.width = 1
b = Box()
print(b.width)
print(b.qqq)
