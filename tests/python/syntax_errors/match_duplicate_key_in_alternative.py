# A duplicate key inside the first alternative is reported before the alternatives are compared.
match {"a": 1}:
    case {"a": 1, "a": 2} | {"b": x}:
        pass
