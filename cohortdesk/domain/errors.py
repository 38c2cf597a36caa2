"""Errors the core raises for the UI and the command line to show as they are."""

from __future__ import annotations


class CohortDeskError(Exception):
    """Any failure the user can understand and act on. `str()` is the one-line reason."""


class ValidationError(CohortDeskError):
    """Input refused by a domain rule. `field` names the form field it belongs to."""

    def __init__(self, field: str, message: str, *, key: str = "",
                 values: tuple[tuple[str, str], ...] = ()) -> None:
        super().__init__(message)
        self.field = field
        self.message = message
        # For an app to say it in its own language: the message's key in its module's table
        # (domain.clock.MESSAGES) and the values that go in. No key: only `message`.
        self.key = key
        self.values = values

    def __str__(self) -> str:
        return f"{self.field}: {self.message}"


class NotFoundError(CohortDeskError):
    """The record asked for is not in the workspace (it may have been deleted)."""


class WorkspaceError(CohortDeskError):
    """The workspace file cannot be opened or written as asked."""


class NewerSchemaError(WorkspaceError):
    """The file was written by a newer CohortDesk; we leave it untouched."""
