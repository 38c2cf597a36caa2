"""Agenda items, presenters, breakouts, notes and action items (issue 3)."""

from __future__ import annotations

from cohortdesk.store.models.base import Base

__all__ = ["Base"]
