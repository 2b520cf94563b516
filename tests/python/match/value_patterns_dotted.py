# dotted names are value patterns compared with ==; bare names are captures
class Color:
    RED = 'red'
    GREEN = 'green'
    class Shade:
        DARK = 'dark'
class Status:
    OK = 200
    NOT_FOUND = 404
def describe(x):
    match x:
        case Color.RED:
            return 'the color red'
        case Color.Shade.DARK:
            return 'a dark shade'
        case Status.OK:
            return 'status ok'
        case Status.NOT_FOUND | Color.GREEN:
            return 'not found or green'
        case other:
            return f'unknown {other!r}'
for v in ('red', 'dark', 200, 404, 'green', 200.0, 'blue'):
    print(repr(v), '->', describe(v))
class EqAll:
    def __eq__(self, o):
        print('  EqAll.__eq__ called')
        return True
class Consts:
    ANY = EqAll()
match 'whatever':
    case Consts.ANY:
        print('matched through __eq__')
