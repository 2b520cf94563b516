# multi-line f-strings: triple quotes, implicit concatenation and expressions with newlines in brackets
name, items = 'report', [3, 1, 2]
text = f'''Title: {name.upper()}
Items: {sorted(items)}
Total: {sum(
    items
)}'''
print(text)
msg = (f'first {items[0]} '
       'plain middle '
       f'last {items[-1]}')
print(msg)
print(f"{'-' * 10}\n{name:^10}\n{'-' * 10}")
lines = [f'{i:>2}. {w}' for i, w in enumerate(['alpha', 'beta'], 1)]
print('\n'.join(lines))
print(f'{{'
      f'{name}'
      f'}}')
