"""Many people at once, for the lists that load in the background."""

from __future__ import annotations

from collections.abc import Callable

from cohortdesk.store import Store


def add_people(store: Store, count: int, given: Callable[[int], str],
               family: Callable[[int], str]) -> None:
    """`count` people named given(i) family(i), in one bulk insert."""
    from cohortdesk.store.models import Person

    with store.bulk("Add many") as session:
        session.execute(Person.__table__.insert(), [
            {"given_name": given(i), "family_name": family(i), "preferred_name": "",
             "pronouns": "", "title": "", "phone": "", "bio": "", "access_needs": "",
             "dietary_needs": "", "consent_share_contact": False, "internal_notes": ""}
            for i in range(count)])
