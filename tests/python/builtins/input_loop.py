# reading a count followed by that many numbers
n = int(input())
values = []
for i in range(n - 2):
    values.append(int(input(f'value {i + 1}:')))
print()
print('values:', values, 'max:', max(values), 'mean:', sum(values) / len(values))
