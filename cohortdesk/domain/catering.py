"""The catering and access summary of a convening, as plain data: the service builds it, the
PDF writer lays it out."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class DietaryLine:
    need: str
    count: int
    names: tuple[str, ...]


@dataclass(frozen=True)
class AccessLine:
    name: str
    organization: str
    need: str


@dataclass(frozen=True)
class CateringSummary:
    title: str
    subtitle: str
    headcount: int
    dietary: tuple[DietaryLine, ...]
    no_dietary_needs: int
    access: tuple[AccessLine, ...]
    excluded: int  # declined or cancelled
