# exceptions are ordinary objects: custom attributes, methods, class-level data
class HTTPError(Exception):
    messages = {404: 'Not Found', 500: 'Server Error'}
    def __init__(self, code):
        self.code = code
        super().__init__(code, self.messages.get(code, 'Unknown'))
    @property
    def retryable(self):
        return self.code >= 500
    def describe(self):
        return f'HTTP {self.code}: {self.args[1]}'
for code in (404, 500, 418):
    try:
        raise HTTPError(code)
    except HTTPError as e:
        print(e.describe(), e.retryable, e.args, str(e))
e = HTTPError(404)
e.extra = 'added later'
print(sorted(vars(e)), e.extra)
errors = [HTTPError(c) for c in (500, 404)]
print(sorted(errors, key=lambda x: x.code)[0].code)
