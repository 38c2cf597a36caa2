"""The page an empty workspace shows."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from cohortdesk.ui.shell.context import AppContext


class WelcomePage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("welcome")
        title = QLabel(self.tr("Welcome to CohortDesk"))
        title.setObjectName("welcomeTitle")
        self.subtitle = QLabel()
        self.subtitle.setWordWrap(True)
        self.subtitle.setObjectName("welcomeText")
        self.subtitle.setFixedWidth(520)
        self.subtitle.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.load_example = QPushButton(self.tr("Load the example network"))
        self.load_example.setAccessibleName(self.tr("Load the example network"))
        self.load_example.setToolTip(self.tr("A fictional 18-month community of practice of chief "
                                             "equity officers: 11 members, staff, partners and "
                                             "three sessions."))
        self.load_example.clicked.connect(lambda: context.actions.trigger("load_example"))
        self.import_people = QPushButton(self.tr("Import people…"))
        self.import_people.setAccessibleName(self.tr("Import people"))
        self.import_people.clicked.connect(lambda: context.actions.trigger("import_people"))
        self.new_cohort = QPushButton(self.tr("Start a cohort…"))
        self.new_cohort.setAccessibleName(self.tr("Start a cohort"))
        self.new_cohort.clicked.connect(lambda: context.show_view("cohorts", create=True))
        for button in (self.load_example, self.import_people, self.new_cohort):
            button.setMinimumWidth(280)
            button.setMinimumHeight(40)
        box = QVBoxLayout(self)
        box.addStretch(2)
        for widget in (title, self.subtitle):
            box.addWidget(widget, 0, Qt.AlignmentFlag.AlignHCenter)
        box.addSpacing(24)
        for button in (self.load_example, self.import_people, self.new_cohort):
            box.addWidget(button, 0, Qt.AlignmentFlag.AlignHCenter)
        box.addStretch(3)

    def refresh(self) -> None:
        store = self.context.store
        self.subtitle.setText(
            self.tr("“{name}” is empty. Start from the example network to look around, bring in "
                    "your people from a spreadsheet, or set up your first cohort.").format(name=store.name))
        # A wrapped label in a centred layout is sized for one line unless told otherwise; its
        # font comes with the style sheet, so it is measured after polishing.
        self.subtitle.ensurePolished()
        self.subtitle.setMinimumHeight(self.subtitle.heightForWidth(520))
        writable = not store.read_only
        self.load_example.setEnabled(writable)
        self.import_people.setEnabled(writable and "import_people" in self.context.actions)
        self.new_cohort.setEnabled(writable)
