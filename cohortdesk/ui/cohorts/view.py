"""The Cohorts list, with the selected cohort's members beside it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from cohortdesk.services import cohorts
from cohortdesk.ui.cohorts.dialog import CohortDialog
from cohortdesk.ui.cohorts.members import CohortMembers
from cohortdesk.ui.widgets.list_view import EntitySpec, ListWords, dialog_editor

translate = QCoreApplication.translate


def _words() -> ListWords:
    return ListWords(translate("CohortsView", "Cohorts"),
                     translate("CohortsView", "cohort"),
                     translate("CohortsView", "cohorts"),
                     translate("CohortsView", "New cohort…"))


SPEC = EntitySpec(
    "cohort", "Cohorts", ("cohort", "membership", "cohort_session"), cohorts.list_cohorts,
    dialog_editor(CohortDialog), cohorts.delete_cohort, cohorts.deletion_counts,
    lambda s, i: cohorts.get_cohort(s, i).name, CohortMembers, detail_share=0.45,
    words=_words)
