"""People search through the pair index finds exactly what reading every text finds, in the
list's order, before and after edits; and the real window builds the index for a long list."""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt

from cohortdesk.domain.pair_index import PairIndex, changed_texts
from cohortdesk.services.rows import MemorySource, RowSet
from cohortdesk.store import Store
from cohortdesk.ui.shell.main_window import MainWindow
from cohortdesk.ui.widgets.table_model import SourceTableModel
from tests.people_helpers import add_people
from tests.qt_helpers import wait_for_ops

_SYLLABLES = ("an", "na", "le", "ga", "rc", "ia", "nu", "ez", "ok", "af", "or", "ch", "ic", "go",
              "ee", "ann", " ", "-", "'", "ñ")


def _texts(seed: int, count: int) -> dict[int, str]:
    rng = random.Random(seed)
    return {i: "".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(0, 12)))
            for i in range(1, count + 1)}


@settings(max_examples=60, deadline=None)
@given(st.integers(0, 10_000), st.text(alphabet="anglericzokfhñ -'", min_size=2, max_size=5))
def test_the_candidates_of_a_word_hold_every_text_that_holds_it(seed: int, word: str) -> None:
    texts = _texts(seed, 300)
    index = PairIndex(texts)
    holding = {i for i, text in texts.items() if word in text}
    candidates = set(index.candidates(word))
    assert holding <= candidates
    if len(word) == 2:
        assert candidates == holding  # exact: a two-letter search reads no text


def test_changed_texts_names_the_edited_and_the_added() -> None:
    old = {1: "ana lee", 2: "bo chen", 3: "cy okafor"}
    new = {1: "ana lee", 2: "bo chan", 4: "di nunez"}
    assert changed_texts(old, new) == {2, 4}


def _model(texts: dict[int, str], *, indexed: bool) -> SourceTableModel:
    rows = [(i, text, f"row {i:04d}") for i, text in texts.items()]
    rowset = RowSet(("id", "Name", "Other"), rows, list(texts.values()))
    model = SourceTableModel()
    model.set_source(MemorySource(rowset))
    model.sort(1, Qt.SortOrder.DescendingOrder)
    if indexed:
        model.follow_texts(dict(texts), None, None)
        model.set_pairs(PairIndex(model.pairs_base or {}))
    return model


def _shown(model: SourceTableModel) -> list[int]:
    return [model.row_id(r) or 0 for r in range(model.rowCount())]


def test_a_search_through_the_index_shows_what_reading_every_text_shows() -> None:
    texts = _texts(7, 3000)
    plain, indexed = _model(texts, indexed=False), _model(texts, indexed=True)
    assert indexed._pairs is not None
    typed = ["g", "ga", "gar", "garc", "ga", "g", "", "l", "le", "lee", "lee ", "lee o",
             "lee ok", "an", "ann", "ann ", "ann ch", "zz", "ñe", "e'", "-a", "an na le"]
    for query in typed:
        plain.set_filter(query)
        indexed.set_filter(query)
        assert _shown(indexed) == _shown(plain), query
    assert 0 < indexed.visible_count() < len(texts)


def test_an_edited_text_is_found_by_its_new_words_only() -> None:
    texts = _texts(11, 2000)
    model = _model(texts, indexed=True)
    edited = 5
    # As a reload that read fresh texts does: the index stays, the edited text is looked at.
    fresh = {**texts, edited: "zq xavier"}
    assert model.pairs_base is not None
    assert model.follow_texts(fresh, model.pairs_base, changed_texts(model.pairs_base, fresh))
    model._texts.update(fresh)
    for query, found in (("zq", True), ("xa", True), ("avier", True), (texts[edited][:2], None)):
        model.set_filter(query)
        shown = set(_shown(model))
        if found is None:  # the old words: found only if the new text happens to hold them
            assert (edited in shown) == (query in fresh[edited])
        else:
            assert edited in shown, query
        expected = {i for i, t in fresh.items() if all(w in t for w in query.split())}
        assert shown == expected, query


def test_the_people_list_builds_its_index_and_keeps_it_after_an_edit(
        qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    from cohortdesk.operations import people as people_ops
    from cohortdesk.ui.widgets.list_view import BACKGROUND_ROWS

    count = BACKGROUND_ROWS + 200
    add_people(store, count, lambda i: f"Ana {i}", lambda i: "Okafor" if i % 3 else "Garcia")
    store.strict = True
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    view = window.show_view("people")
    qtbot.waitUntil(lambda: view.model.total_count() == count, timeout=20000)
    qtbot.waitUntil(lambda: view.model._pairs is not None, timeout=20000)
    pairs = view.model._pairs

    view.search.setText("garcia")
    assert view.model.visible_count() == len(range(0, count, 3))
    # Rename one Garcia: the list follows at once, through the same index.
    pid = view.model.row_id(0)
    assert pid is not None
    window.context.ops.run(people_ops.edit_person, pid, {"family_name": "Xiong"})
    wait_for_ops(qtbot, window)
    qtbot.waitUntil(lambda: view.model.visible_count() == len(range(0, count, 3)) - 1,
                    timeout=10000)
    view.search.setText("xi")
    assert [view.model.row_id(r) for r in range(view.model.rowCount())] == [pid]
    assert view.model._pairs is pairs  # one edit never rebuilds the index


def test_one_letter_then_more_finds_exactly_the_texts_holding_them() -> None:
    texts = _texts(23, 2500)
    for indexed in (False, True):
        model = _model(texts, indexed=indexed)
        if indexed:  # as the People list does once its index is built
            model.adopt_order_texts(model._order, [texts[i] for i in model._order])
        for query in ("a", "an", "ann", "a", "", "n", "ne", "o", "ok", "-", "-a"):
            model.set_filter(query)
            expected = {i for i, t in texts.items() if query in t}
            assert set(_shown(model)) == expected, (indexed, query)
            assert len(_shown(model)) == len(expected)
