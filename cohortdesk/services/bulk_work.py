"""What large reads and writes share: no cycle collection while they hold many objects."""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator


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
