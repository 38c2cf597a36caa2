"""Pre-read attachments and workspace assets for print (issue 5)."""

from __future__ import annotations

from cohortdesk.store.models.base import Base

__all__ = ["Base"]
