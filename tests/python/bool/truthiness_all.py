# truth value of many objects in if/while/not
values = [0, 1, -1, 0.0, 0.1, 0j, 1j, '', 'a', ' ', b'', b'\x00', [], [0], (), (None,),
          {}, {'': 0}, set(), {0}, range(0), range(2), None, True, False, float('inf')]
for v in values:
    label = 'T' if v else 'F'
    print(f'{label} {v!r}')
print([v for v in values if not v].__len__())
