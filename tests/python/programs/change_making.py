# dynamic programming: coin change, LCS, knapsack
def min_coins(coins, amount):
    best = [0] + [None] * amount
    for a in range(1, amount + 1):
        options = [best[a - c] for c in coins if c <= a and best[a - c] is not None]
        best[a] = min(options) + 1 if options else None
    return best[amount]
def ways(coins, amount):
    w = [1] + [0] * amount
    for c in coins:
        for a in range(c, amount + 1):
            w[a] += w[a - c]
    return w[amount]
print(min_coins([1, 5, 10, 25], 63), min_coins([1, 3, 4], 6), min_coins([5, 10], 3))
print(ways([1, 5, 10, 25, 50], 100), ways([2, 3], 7))
def lcs(a, b):
    dp = [[''] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(len(a) - 1, -1, -1):
        for j in range(len(b) - 1, -1, -1):
            if a[i] == b[j]:
                dp[i][j] = a[i] + dp[i + 1][j + 1]
            else:
                dp[i][j] = max(dp[i + 1][j], dp[i][j + 1], key=len)
    return dp[0][0]
print(lcs('AGGTAB', 'GXTXAYB'), lcs('ABCBDAB', 'BDCABA'))
def knapsack(items, capacity):
    dp = [0] * (capacity + 1)
    for weight, value in items:
        for c in range(capacity, weight - 1, -1):
            dp[c] = max(dp[c], dp[c - weight] + value)
    return dp[capacity]
print(knapsack([(1, 1), (3, 4), (4, 5), (5, 7)], 7), knapsack([(10, 60), (20, 100), (30, 120)], 50))
