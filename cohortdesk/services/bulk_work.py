"""What large reads and writes share: no cycle collection while they hold many objects, and
ids checked in a few queries rather than one each."""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterable, Iterator
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session


@contextlib.contextmanager
def no_cycle_collection() -> Iterator[None]:
    """Python's cycle collector off in the block. A 100,000-person roster or a first sync makes
    hundreds of thousands (a sync, millions) of short-lived rows, tuples and dicts, none in a
    cycle; the collector, which counts new objects, walked them all again and again: 30 ms or
    more a time holding the interpreter lock, so the window stopped too, and a sync ten times
    as large took forty times as long. They are freed by reference counting when done with."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


IN_CHUNK = 900  # ids per IN (…): under every SQLite build's limit of bound values


def missing_ids(session: Session, id_column: Any, ids: Iterable[int]) -> list[int]:
    """Which of `ids` have no row (`id_column` is the table's id, `Person.id`), in the order
    given: a few queries for 20,000 ids, where looking each up took a query each."""
    wanted = list(dict.fromkeys(ids))
    found: set[int] = set()
    for start in range(0, len(wanted), IN_CHUNK):
        chunk = wanted[start:start + IN_CHUNK]
        found.update(session.scalars(select(id_column).where(id_column.in_(chunk))))
    return [i for i in wanted if i not in found]
