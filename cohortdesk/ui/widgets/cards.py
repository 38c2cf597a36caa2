"""The look of the detail cards beside the lists (a person, a cohort, a session)."""

from __future__ import annotations

import html

CARD_CSS = """
<style>
h2 { margin: 0 0 2px 0; font-size: 17px; }
.sub { color: #555; margin: 0 0 10px 0; }
td.k { color: #666; padding: 3px 12px 3px 0; vertical-align: top; white-space: nowrap; }
td { padding: 3px 0; vertical-align: top; }
.flag { background: #fff4ce; padding: 1px 4px; }
</style>
"""


def card_rows(pairs: list[tuple[str, str]]) -> str:
    return "<table>" + "".join(
        f"<tr><td class='k'>{html.escape(k)}</td><td>{v}</td></tr>" for k, v in pairs if v
    ) + "</table>"


def escape(text: str) -> str:
    return html.escape(text).replace("\n", "<br>")


