"""Results frameworks and technical assistance (issue 10)."""

from __future__ import annotations

from cohortdesk.store.models.base import Base

__all__ = ["Base"]
