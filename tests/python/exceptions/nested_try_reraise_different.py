# nested try statements converting exceptions at each level, inspecting the whole chain
class LowLevel(Exception): pass
class MidLevel(Exception): pass
class HighLevel(Exception): pass
def low():
    raise LowLevel('disk')
def mid():
    try:
        low()
    except LowLevel as e:
        raise MidLevel('storage') from e
def high():
    try:
        mid()
    except MidLevel:
        raise HighLevel('request failed')
try:
    high()
except HighLevel as e:
    chain = []
    cur = e
    while cur is not None:
        how = 'cause' if cur.__cause__ is not None else 'context' if cur.__context__ is not None else 'root'
        chain.append(f'{type(cur).__name__}({cur}) via {how}')
        cur = cur.__cause__ or cur.__context__
    print('\n'.join(chain))
