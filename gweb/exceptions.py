"""Errors that services raise for a view or a command to show to a person."""


class ValidationError(Exception):
    """Input that cannot be accepted; `errors` maps a field name to a message
    already translated into the user's language ("" names the whole form)."""

    def __init__(self, errors: dict[str, str] | str):
        if isinstance(errors, str):
            errors = {"": errors}
        self.errors = errors
        super().__init__("; ".join(errors.values()))


class ConflictError(Exception):
    """Someone else saved the same thing since it was loaded."""
