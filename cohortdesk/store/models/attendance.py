"""Invitations, registrations and attendance (issue 4)."""

from __future__ import annotations

from cohortdesk.store.models.base import Base

__all__ = ["Base"]
