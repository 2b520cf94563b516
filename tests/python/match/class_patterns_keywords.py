# keyword sub-patterns look attributes up with getattr, including properties and __getattr__
class User:
    def __init__(self, name, role, active=True):
        self.name, self.role, self.active = name, role, active
    @property
    def is_admin(self):
        return self.role == 'admin'
class Dynamic:
    def __getattr__(self, name):
        return name.upper()
def check(u):
    match u:
        case User(active=False):
            return 'inactive user'
        case User(is_admin=True, name=n):
            return f'admin {n}'
        case User(name=str(n), role='guest' | 'visitor' as r):
            return f'{r} {n}'
        case User(missing_attr=_):
            return 'never: missing attributes fail the match'
        case User(name=n):
            return f'user {n}'
        case Dynamic(anything='ANYTHING'):
            return 'dynamic attribute matched'
for u in (User('ann', 'admin'), User('bob', 'guest'), User('cy', 'dev'), User('dee', 'admin', False), User('ed', 'visitor'), Dynamic()):
    print(check(u))
