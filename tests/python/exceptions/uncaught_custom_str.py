# the traceback's last line uses the class name and str() of an uncaught custom exception
class ValidationError(Exception):
    def __init__(self, field, problem):
        super().__init__(field, problem)
        self.field, self.problem = field, problem
    def __str__(self):
        return f'{self.field}: {self.problem}'
print('validating')
raise ValidationError('age', 'must be positive')
