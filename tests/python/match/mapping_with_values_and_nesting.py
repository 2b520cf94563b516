# mapping patterns with class, sequence and or-patterns as values
class Version:
    __match_args__ = ('major', 'minor')
    def __init__(self, major, minor): self.major, self.minor = major, minor
def check(cfg):
    match cfg:
        case {'version': Version(3, minor), 'plugins': [*plugins]} if minor >= 10:
            return f'modern 3.{minor} with {len(plugins)} plugins'
        case {'version': Version(3, _)}:
            return 'old python 3'
        case {'version': Version(2 | 1 as major, _)}:
            return f'legacy {major}.x'
        case {'debug': True | 1}:
            return 'debug config'
        case {'paths': {'home': str(home), **others}}:
            return f'home={home} other paths={sorted(others)}'
        case _:
            return 'unknown'
configs = [{'version': Version(3, 11), 'plugins': ('a', 'b')}, {'version': Version(3, 6), 'plugins': []},
           {'version': Version(2, 7)}, {'debug': 1}, {'debug': 2},
           {'paths': {'home': '/h', 'tmp': '/t', 'log': '/l'}}]
for c in configs:
    print(check(c))
