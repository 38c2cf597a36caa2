"""The shape of the code: no import cycles, a UI package split by area, one owner of the window.

Imports under `if TYPE_CHECKING:` count: a cycle that only the type checker sees still ties the
modules together for anyone reading or moving them.
"""

from __future__ import annotations

from pathlib import Path

import grimp
import pytest

import cohortdesk

UI = Path(cohortdesk.__file__).parent / "ui"
MAIN_WINDOW = "cohortdesk.ui.shell.main_window"
MOST_MODULES_DIRECTLY_IN_UI = 8


@pytest.fixture(scope="module")
def graph() -> grimp.ImportGraph:
    return grimp.build_graph("cohortdesk", exclude_type_checking_imports=False)


def test_no_module_takes_part_in_an_import_cycle(graph: grimp.ImportGraph) -> None:
    modules = {m for m in graph.modules if m.startswith("cohortdesk")}
    cycles = []
    for module in sorted(modules):
        for imported in sorted(graph.find_modules_directly_imported_by(module) & modules):
            if imported != module and graph.chain_exists(importer=imported, imported=module):
                chain = graph.find_shortest_chain(importer=imported, imported=module) or ()
                cycles.append(f"{module} -> {' -> '.join(chain)}")
    assert not cycles, "import cycles:\n" + "\n".join(cycles)


def test_the_ui_package_is_split_by_area() -> None:
    loose = sorted(p.name for p in UI.glob("*.py"))
    assert len(loose) <= MOST_MODULES_DIRECTLY_IN_UI, (
        f"{len(loose)} modules directly in cohortdesk/ui/ (at most {MOST_MODULES_DIRECTLY_IN_UI}): "
        f"{', '.join(loose)}; put them in their area's package")


def test_only_the_shell_knows_the_main_window(graph: grimp.ImportGraph) -> None:
    importers = graph.find_modules_that_directly_import(MAIN_WINDOW)
    outside = sorted(m for m in importers if not m.startswith("cohortdesk.ui.shell."))
    assert not outside, f"{', '.join(outside)} import the main window; take an AppContext instead"
