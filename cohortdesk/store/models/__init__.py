"""All ORM models. Each area has its own module and its own Alembic revision."""

from cohortdesk.store.models import (  # noqa: F401
    agenda,
    attendance,
    breakouts,
    exchange,
    merges,
    packets,
    results,
    search,
    sync,
)
from cohortdesk.store.models.base import Base
from cohortdesk.store.models.foundation import (
    Cohort,
    CohortSession,
    Membership,
    Organization,
    Person,
)
from cohortdesk.store.models.journal import OpChange, OpEntry, OpRecording

__all__ = [
    "Base",
    "Cohort",
    "CohortSession",
    "Membership",
    "OpChange",
    "OpEntry",
    "OpRecording",
    "Organization",
    "Person",
]
