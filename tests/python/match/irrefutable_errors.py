# irrefutable patterns must come last; several compile-time pattern errors
sources = {
    'capture not last': "match x:\n    case y:\n        pass\n    case 1:\n        pass\n",
    'wildcard not last': "match x:\n    case _:\n        pass\n    case 1:\n        pass\n",
    'irrefutable or branch': "match x:\n    case y | 1:\n        pass\n",
    'duplicate capture': "match x:\n    case [a, a]:\n        pass\n",
    'two stars': "match x:\n    case [*a, *b]:\n        pass\n",
    'star outside sequence': "match x:\n    case *a:\n        pass\n",
    'guarded capture is fine': "match x:\n    case y if y:\n        pass\n    case 1:\n        pass\n",
    'assign to attribute': "match x:\n    case a.b:\n        pass\n    case 1:\n        pass\n",
    'no cases': "match x:\n    pass\n",
}
for label, src in sources.items():
    try:
        compile(src, '<m>', 'exec')
        print(f'{label}: compiled')
    except SyntaxError as e:
        print(f'{label}: SyntaxError: {e.msg}')
