# a traffic-light state machine using class attributes, dict dispatch and __iter__
class Light:
    transitions = {'red': 'green', 'green': 'yellow', 'yellow': 'red'}
    durations = {'red': 3, 'green': 2, 'yellow': 1}
    def __init__(self, start='red'):
        if start not in self.transitions:
            raise ValueError(f'bad state {start!r}')
        self.state = start
        self.history = [start]
    def step(self):
        self.state = self.transitions[self.state]
        self.history.append(self.state)
        return self
    def run(self, ticks):
        remaining = self.durations[self.state]
        for t in range(ticks):
            remaining -= 1
            if remaining == 0:
                self.step()
                remaining = self.durations[self.state]
        return self
    def __iter__(self):
        return iter(self.history)
    def __str__(self):
        return ' -> '.join(self)
print(Light().step().step().step())
print(Light('green').run(10))
print(list(Light('yellow').run(4)))
try:
    Light('blue')
except ValueError as e:
    print('ValueError:', e)
