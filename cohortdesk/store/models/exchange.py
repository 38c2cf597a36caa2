"""Import and export bookkeeping (issue 6)."""

from __future__ import annotations

from cohortdesk.store.models.base import Base

__all__ = ["Base"]
