"""How long work reports progress without knowing about Qt.

A long operation takes `progress: Progress` and calls `progress(done, total, "what")` now and
then. The UI runs it on the worker thread and shows a progress dialog; raising `Cancelled`
from the callback (when the user presses Cancel) stops it, and its transaction rolls back.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Protocol, TypeVar

from cohortdesk.domain.errors import CohortDeskError

T = TypeVar("T")


class Progress(Protocol):
    def __call__(self, done: int, total: int, text: str = "") -> None: ...


class Cancelled(CohortDeskError):
    """The user cancelled a long operation; nothing it did was kept."""

    def __init__(self) -> None:
        super().__init__("Cancelled; nothing was changed.")


def no_progress(done: int, total: int, text: str = "") -> None:
    """The callback for callers that do not show progress (the CLI, tests)."""


def ticking(items: Iterable[T], tick: Callable[[], None] | None, every: int = 4096) -> Iterator[T]:
    """The items, calling `tick()` before every `every`-th: a long loop that reports no
    progress of its own still lets Cancel, and the window's pauses, reach it."""
    if tick is None:
        yield from items
        return
    for i, item in enumerate(items):
        if not i % every:
            tick()
        yield item
