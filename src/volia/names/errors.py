"""The one error the name engine raises for input it cannot treat as a person's name."""

from __future__ import annotations


class InvalidName(ValueError):
    """Raised when a string cannot be a person's name (empty, no letters, wrong script...).

    It subclasses ``ValueError`` so callers that already guard against bad values keep working;
    the message says what was wrong so an importer can show it to a human.
    """
