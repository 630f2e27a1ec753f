"""The one error type of the normalizers: words the checker cannot read, quoted for the editor."""
from __future__ import annotations


class UnreadableError(ValueError):
    """``cannot <verb> <what> '<text>': <reason>``; subclasses set the words and the default reason."""

    verb = "read"
    what = "text"
    default_reason = "not understood"

    def __init__(self, text: str, reason: str | None = None):
        self.text = text
        self.reason = reason or self.default_reason
        super().__init__(f"cannot {self.verb} {self.what} {text!r}: {self.reason}")

    def __reduce__(self):  # picklable despite the two-argument constructor
        return type(self), (self.text, self.reason)
