"""The fixed vocabularies of the domain. Stored as their `.value` strings."""

from __future__ import annotations

from enum import StrEnum


class Labelled(StrEnum):
    """A StrEnum whose members also have a human label for forms and print."""

    @property
    def label(self) -> str:
        return _LABELS.get(self.value) or self.value.replace("_", " ").capitalize()

    @classmethod
    def parse(cls, raw: str) -> Labelled:
        key = raw.strip().lower().replace(" ", "_").replace("-", "_")
        for member in cls:
            if key in (member.value, member.name.lower()):
                return member
        raise ValueError(raw)


# Labels that plain capitalization gets wrong.
_LABELS = {"in_person_convening": "In-person convening"}


class OrganizationKind(Labelled):
    CITY = "city"
    COUNTY = "county"
    STATE_AGENCY = "state_agency"
    REGIONAL_BODY = "regional_body"
    NONPROFIT = "nonprofit"
    FOUNDATION = "foundation"
    OTHER = "other"


class MembershipRole(Labelled):
    MEMBER = "member"
    FACILITATOR = "facilitator"
    COACH = "coach"
    PROGRAM_STAFF = "program_staff"
    PARTNER = "partner"
    SPEAKER = "speaker"
    GUEST = "guest"


class MembershipStage(Labelled):
    APPLICANT = "applicant"
    SELECTED = "selected"
    ACTIVE = "active"
    WITHDRAWN = "withdrawn"
    ALUMNI = "alumni"


class SessionFormat(Labelled):
    IN_PERSON_CONVENING = "in_person_convening"
    VIRTUAL_ROUNDTABLE = "virtual_roundtable"
    WEBINAR = "webinar"
    PEER_EXCHANGE_CALL = "peer_exchange_call"
    SITE_VISIT = "site_visit"
    WORKSHOP = "workshop"

    @property
    def is_virtual(self) -> bool:
        return self in (
            SessionFormat.VIRTUAL_ROUNDTABLE,
            SessionFormat.WEBINAR,
            SessionFormat.PEER_EXCHANGE_CALL,
        )


class SessionStatus(Labelled):
    PLANNED = "planned"
    CONFIRMED = "confirmed"
    HELD = "held"
    CANCELLED = "cancelled"
