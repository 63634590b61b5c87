"""Expected failures: told to the person in one plain sentence, never a traceback."""

from __future__ import annotations


class UserError(Exception):
    """An expected failure with a sentence for the person at the counter.

    ``template`` is a source string from :class:`etsoft_desk.domain.messages.Msg`;
    the window translates it, the command line prints it as is.
    """

    def __init__(self, template: str, **params: object) -> None:
        super().__init__(template)
        self.template = template
        self.params = params

    def __str__(self) -> str:
        return self.template.format(**self.params)


class FieldError(UserError):
    """A bad value in one field of a form; ``field`` names the form field."""

    def __init__(self, field: str, template: str, **params: object) -> None:
        super().__init__(template, **params)
        self.field = field


class ValidationFailed(UserError):
    """One or more fields are invalid; nothing was saved."""

    def __init__(self, errors: list[FieldError]) -> None:
        super().__init__("{count} fields are invalid", count=len(errors))
        self.errors = errors

    def __str__(self) -> str:
        return " ".join(str(e) for e in self.errors)

    def for_field(self, field: str) -> FieldError | None:
        return next((e for e in self.errors if e.field == field), None)
