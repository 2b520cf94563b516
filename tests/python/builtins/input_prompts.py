# input() writes its prompt to stdout, strips the newline, and raises EOFError at end of input
name = input('Name? ')
print(f'[{name}]')
age = input()
print(f'[{age}]', type(age).__name__)
blank = input('blank> ')
print(f'[{blank}]')
spaces = input()
print(f'[{spaces}]', len(spaces))
last = input('last: ')
print(f'[{last}]')
try:
    input('nothing left: ')
except EOFError as e:
    print('EOFError:', repr(e))
try:
    input('a', 'b')
except TypeError as e:
    print('TypeError:', e)
