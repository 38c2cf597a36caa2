"""The app's look: one stylesheet, calm and legible on a projector or a small laptop."""

STYLESHEET = """
QListWidget#sidebar { background: #1f3a4d; color: #e8eef2; border: none; font-size: 14px;
                      padding-top: 10px; outline: none; }
QListWidget#sidebar::item { padding: 6px 14px; border-left: 3px solid transparent; }
QListWidget#sidebar::item:selected { background: #2d5470; color: white; border-left: 3px solid #f2b134; }
QListWidget#sidebar::item:hover:!selected { background: #284a62; }
QLabel#viewTitle { font-size: 18px; font-weight: 600; color: #1f3a4d; }
QLabel#welcomeTitle { font-size: 26px; font-weight: 600; color: #1f3a4d; }
QLabel#welcomeText { font-size: 14px; color: #444; }
QTableView { gridline-color: #e3e7ea; selection-background-color: #cfe3f2; selection-color: black; }
QHeaderView::section { background: #f3f5f7; padding: 4px 6px; border: none;
                       border-bottom: 1px solid #d5dbe0; font-weight: 600; }
QLineEdit { padding: 4px 6px; }
"""
