"""Letting go of large in-memory indexes a slice at a time.

Freeing a container of 100,000 objects is one C call: CPython frees each object as the last
reference goes, and never hands the interpreter lock to another thread meanwhile. The index an
import builds of every person in the workspace takes 66 ms to free that way, and the window,
which needs the lock for every repaint, stops for as long. Emptied a slice at a time, the lock
can change hands between slices.
"""

from __future__ import annotations

from typing import Any

SLICE = 1024  # objects freed before the lock may change hands: well under a millisecond


def release_gradually(*containers: Any) -> None:
    """Empty these lists, dicts and sets (others are left as they are), a slice at a time."""
    for container in containers:
        if isinstance(container, list):
            while container:
                del container[-SLICE:]
        elif isinstance(container, set):
            pop = container.pop  # amortised O(1): the set remembers where it last popped
            while container:
                for _ in range(min(SLICE, len(container))):
                    pop()
        elif isinstance(container, dict):
            keys = list(container)
            for start in range(0, len(keys), SLICE):
                for key in keys[start:start + SLICE]:
                    del container[key]
