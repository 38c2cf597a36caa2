"""Whole-column work done a slice at a time, so other threads get the interpreter lock.

A C call over 100,000 values (`list(zip(...))`, `list(map(d.__getitem__, ...))`) never hands
the interpreter lock to another thread until it returns: 30-45 ms on a 100,000-person roster,
and the window, which needs the lock for every repaint, stood still meanwhile. Slices of a few
thousand values keep each call to a millisecond or two and cost next to nothing overall.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any, TypeVar

T = TypeVar("T")

SLICE = 4096


def in_slices(fn: Callable[..., Iterable[T]], *columns: Sequence[Any]) -> list[T]:
    """`list(fn(*columns))` for a `fn` that goes along its columns in step (zip, map), a slice
    of each column at a time."""
    out: list[T] = []
    n = len(columns[0]) if columns else 0
    for start in range(0, n, SLICE):
        out.extend(fn(*(c[start:start + SLICE] for c in columns)))
    return out


def as_columns(rows: Sequence[Sequence[T]], width: int) -> list[list[T]]:
    """The rows' cells column by column (`list(zip(*rows))`, with `width` columns even when
    there are no rows), a slice of rows at a time."""
    columns: list[list[T]] = [[] for _ in range(width)]
    for start in range(0, len(rows), SLICE):
        for column, part in zip(columns, zip(*rows[start:start + SLICE], strict=True),
                                strict=True):
            column.extend(part)
    return columns


def distinct(values: Sequence[T]) -> set[T]:
    """`set(values)`, a slice at a time."""
    out: set[T] = set()
    for start in range(0, len(values), SLICE):
        out.update(values[start:start + SLICE])
    return out
