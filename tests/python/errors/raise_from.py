# uncaught chained exception: the last line is the outermost exception
def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise RuntimeError(f'could not parse {s!r}') from e
print(parse('12'))
parse('twelve')
