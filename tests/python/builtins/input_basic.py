# input() reads lines from stdin (see input_basic.stdin)
name = input()
age = int(input('Age?'))
nums = [int(x) for x in input().split()]
last = input()
print()
print(f'name={name!r} age={age} next year={age + 1}')
print('sum', sum(nums), 'product', nums[0] * nums[1] * nums[2])
print('last:', repr(last))
try:
    input()
except EOFError as e:
    print('EOFError:', e)
