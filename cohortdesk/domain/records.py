"""Frozen records handed to the UI and the command line. Never live ORM objects."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, field

from cohortdesk.domain.enums import (
    MembershipRole,
    MembershipStage,
    OrganizationKind,
    SessionFormat,
    SessionStatus,
)

# Kinds of organization that are a jurisdiction in their own name, not the city they sit in.
NAMED_JURISDICTION_KINDS = frozenset({"county", "regional_body", "state_agency"})


def jurisdiction(org_name: str | None, kind: str | None, city: str | None, state: str | None) -> str:
    """Where someone's organization governs: "Asheville, NC" for a city, but "Fairfax County, VA"
    for a county, whose seat city is another jurisdiction."""
    if not org_name:
        return ""
    place = org_name if kind in NAMED_JURISDICTION_KINDS else (city or "")
    return ", ".join(part for part in (place, state or "") if part)


def _is_east_asian(text: str) -> bool:
    return bool(text) and all(
        "\u3040" <= ch <= "\u30ff" or "\u3400" <= ch <= "\u9fff" or "\uac00" <= ch <= "\ud7af"
        for ch in text if not ch.isspace()
    )


def full_name(given: str, family: str) -> str:
    """"Zoë O'Brien", but "王秀英": Chinese, Japanese and Korean names put the family first."""
    if _is_east_asian(given) and _is_east_asian(family):
        return f"{family}{given}"
    return " ".join(part for part in (given, family) if part)


def _script(text: str) -> str:
    """The writing system of a name's first letter: "LATIN", "CYRILLIC", "ARABIC", "CJK"..."""
    for ch in text:
        if ch.isalpha():
            return unicodedata.name(ch, "UNKNOWN").split(" ")[0]
    return ""


_HAS_LETTER = re.compile("[A-Za-z]").search
# The ranges _is_east_asian treats as Chinese, Japanese and Korean.
_HAS_CJK = re.compile("[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]").search


def person_display_name(given: str, family: str, preferred: str = "") -> str:
    """What to call someone: "Mati Núñez-Ortega", but "Olga (Ольга Петренко)" and
    "Grace (王秀英)" when the preferred name is in another script than the legal one.

    Lists and rosters call this for 100,000 people, so the common cases (no preferred name,
    or names in plain ASCII) take a short path; the rest follow the script rules
    (tests/test_display_name.py checks that both give the same answer)."""
    if given.isspace() or family.isspace() or preferred.isspace():  # never stored; exact
        return _by_script(given, family, preferred)
    if not preferred and ((given.isascii() and family.isascii())
                          or not (_HAS_CJK(given) or _HAS_CJK(family))):
        # Neither name is written in CJK: given name first, as full_name does.
        return f"{given} {family}" if given and family else (given or family or "(no name)")
    if not (given.isascii() and family.isascii() and preferred.isascii()):
        return _by_script(given, family, preferred)
    legal = f"{given} {family}" if given and family else (given or family)
    if not preferred:
        return legal or "(no name)"
    if bool(_HAS_LETTER(preferred)) == bool(_HAS_LETTER(family or given)):  # same script
        return f"{preferred} {family}" if family else preferred
    return f"{preferred} ({legal})"


def _by_script(given: str, family: str, preferred: str) -> str:
    if preferred and _script(preferred) == _script(family or given) and not _is_east_asian(given):
        return full_name(preferred, family) or "(no name)"
    if preferred:
        return f"{preferred} ({full_name(given, family)})"
    return full_name(given, family) or "(no name)"


@dataclass(frozen=True)
class PersonData:
    """A person as entered in a form or an import row; also what `get_person` returns."""

    given_name: str = ""
    family_name: str = ""
    preferred_name: str = ""
    pronouns: str = ""
    title: str = ""
    organization_id: int | None = None
    email: str = ""
    phone: str = ""
    bio: str = ""
    access_needs: str = ""
    dietary_needs: str = ""
    consent_share_contact: bool = False
    internal_notes: str = ""

    @property
    def full_name(self) -> str:
        return full_name(self.given_name, self.family_name)

    @property
    def display_name(self) -> str:
        return person_display_name(self.given_name, self.family_name, self.preferred_name)


@dataclass(frozen=True)
class PersonRecord(PersonData):
    id: int = 0
    organization_name: str = ""
    jurisdiction: str = ""


@dataclass(frozen=True)
class OrganizationData:
    name: str = ""
    kind: OrganizationKind = OrganizationKind.OTHER
    city: str = ""
    state_region: str = ""

    @property
    def jurisdiction(self) -> str:
        return jurisdiction(self.name, self.kind.value, self.city, self.state_region)


@dataclass(frozen=True)
class OrganizationRecord(OrganizationData):
    id: int = 0
    people_count: int = 0


@dataclass(frozen=True)
class CohortData:
    program: str = ""
    name: str = ""
    start_date: dt.date | None = None
    end_date: dt.date | None = None
    description: str = ""
    goals: str = ""


@dataclass(frozen=True)
class CohortRecord(CohortData):
    id: int = 0
    member_count: int = 0  # people in the member role
    people_count: int = 0  # everyone in the cohort: members, staff, partners, speakers...
    session_count: int = 0


@dataclass(frozen=True)
class MembershipData:
    person_id: int
    role: MembershipRole = MembershipRole.MEMBER
    stage: MembershipStage = MembershipStage.ACTIVE
    started_on: dt.date | None = None
    ended_on: dt.date | None = None


@dataclass(frozen=True)
class MembershipRecord(MembershipData):
    id: int = 0
    cohort_id: int = 0
    person_name: str = ""
    organization_name: str = ""


@dataclass(frozen=True)
class SessionData:
    cohort_id: int | None = None
    title: str = ""
    format: SessionFormat = SessionFormat.IN_PERSON_CONVENING
    time_zone: str = "America/New_York"
    starts_at: dt.datetime | None = None
    ends_at: dt.datetime | None = None
    venue: str = ""
    meeting_link: str = ""
    objectives: tuple[str, ...] = field(default_factory=tuple)
    description: str = ""
    status: SessionStatus = SessionStatus.PLANNED
    # Printed documents' default language, "en" or "es"; None keeps it as it is (English
    # for a new session), so an editor that does not show it never resets it.
    document_language: str | None = None


@dataclass(frozen=True)
class SessionRecord(SessionData):
    id: int = 0
    cohort_name: str = ""
    program: str = ""
