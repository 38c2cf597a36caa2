"""Operations are the one door through which the app and the command line write.

A service function that opens a write (`store.change(...)` or `store.bulk(...)`), directly or
through another such function of its module, is a writer. The clients (cli/, ui/) may pass a
writer to `perform` or to the UI's runner, but never call one themselves; and a strict store
(the clients') refuses a write outside an operation at run time as well.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from cohortdesk.domain.records import PersonData
from cohortdesk.operations import perform
from cohortdesk.services import people
from cohortdesk.store import OutsideOperationError, Store

PACKAGE = Path(__file__).resolve().parent.parent / "cohortdesk"
CLIENTS = ("cli", "ui")


def _writers() -> set[str]:
    """Names of service functions that write, found by reading their source."""
    found: set[str] = set()
    bodies: dict[str, set[str]] = {}
    for path in (PACKAGE / "services").glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.FunctionDef):
                continue
            called = {c.func.attr if isinstance(c.func, ast.Attribute) else getattr(c.func, "id", "")
                      for c in ast.walk(node) if isinstance(c, ast.Call)}
            bodies[node.name] = called
            if called & {"change", "bulk"}:
                found.add(node.name)
    grew = True
    while grew:
        grew = False
        for name, called in bodies.items():
            if name not in found and called & found:
                found.add(name)
                grew = True
    # Private helpers (`_step`) count while working out who writes; the clients call public ones.
    return {name for name in found if not name.startswith("_")}


def _service_aliases(tree: ast.Module) -> set[str]:
    """The names a client module gives the service modules it imports (`people`, `ta`...)."""
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module == "cohortdesk.services":
            names |= {a.asname or a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith(
                "cohortdesk.services.") and node.module is not None:
            names |= {a.asname for a in node.names if a.asname}
        elif isinstance(node, ast.Import):
            names |= {a.asname for a in node.names
                      if a.name.startswith("cohortdesk.services.") and a.asname}
    return names


def _direct_calls(writers: set[str]) -> list[str]:
    problems = []
    lines: dict[Path, list[str]] = {}
    for client in CLIENTS:
        for path in sorted((PACKAGE / client).rglob("*.py")):
            source = path.read_text(encoding="utf-8")
            lines[path] = source.splitlines()
            tree = ast.parse(source)
            services = _service_aliases(tree)
            for node in ast.walk(tree):
                if not isinstance(node, ast.Call):
                    continue
                func = node.func
                name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
                owner = func.value if isinstance(func, ast.Attribute) else None
                # Only calls on a module-like name (services are imported as modules).
                line = lines[path][node.lineno - 1]
                # "# door: <why>": a dry run on a read-only store, or a new workspace made
                # whole from an archive (a bulk write with no open store to run it in).
                if "# door:" in line:
                    continue
                if name in writers and isinstance(owner, ast.Name) and owner.id in services:
                    rel = path.relative_to(PACKAGE.parent)
                    problems.append(f"{rel}:{node.lineno} calls {owner.id}.{name} outside perform")
    return problems


def test_the_writers_are_found() -> None:
    writers = _writers()
    assert {"create_person", "update_person", "delete_person"} <= writers
    assert "list_people" not in writers


@pytest.mark.parametrize("client", ["cli", "ui"])
def test_clients_write_only_through_operations(client: str) -> None:
    problems = [p for p in _direct_calls(_writers()) if p.startswith(f"cohortdesk/{client}/")]
    assert problems == []


def test_a_strict_store_refuses_a_write_outside_an_operation(tmp_path: Path) -> None:
    with Store.open(tmp_path / "w.cohortdesk") as store:
        store.strict = True
        with pytest.raises(OutsideOperationError):
            people.create_person(store, PersonData(given_name="Ana"))
        outcome = perform(store, people.create_person, PersonData(given_name="Ana"))
        assert people.get_person(store, outcome.value).given_name == "Ana"
        assert outcome.changes.ids_of("person") == {outcome.value}
        assert outcome.changes.label == "Add Person Ana"
