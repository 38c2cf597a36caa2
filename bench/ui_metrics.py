"""Figures measured on the real main window, offscreen, over the large workspace.

Each figure runs from the user's action (a sidebar click, a keystroke, a header click, a
selection) to the end of the event-loop pass in which the affected widget painted.
"""

from __future__ import annotations

import contextlib
import gc
import statistics
import time
from collections.abc import Callable, Iterator
from operator import itemgetter
from typing import Any

from PySide6.QtCore import QEvent, QEventLoop, QObject, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from bench.measure import LONG_RUNS, LONG_SECONDS, RUNS, Aim, Metric, percentile
from cohortdesk.store import Changes

# What staff type into People search: names with and without accents, places, a domain.
QUERIES = ("nunez", "chicago", "garcia", "lee", "okafor", "ann arbor", "nguyen")
PAINT_TIMEOUT = 60.0


class PaintProbe(QObject):
    """Notes when a widget (or, with `within`, any widget inside it) receives a Paint event."""

    def __init__(self, widget: QWidget, *, within: bool = False) -> None:
        super().__init__()
        self.painted = False
        self.widget = widget
        self.within = within
        if within:
            app = QApplication.instance()
            assert app is not None
            app.installEventFilter(self)
        else:
            widget.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Paint and (
            not self.within
            or obj is self.widget
            or (isinstance(obj, QWidget) and self.widget.isAncestorOf(obj))
        ):
            self.painted = True
        return False

    def remove(self) -> None:
        app = QApplication.instance()
        if self.within and app is not None:
            app.removeEventFilter(self)


def spin_until(done: Callable[[], bool], timeout: float = PAINT_TIMEOUT) -> bool:
    app = QApplication.instance()
    assert app is not None
    end = time.perf_counter() + timeout
    while not done():
        if time.perf_counter() > end:
            return False
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
    return True


def until_painted(probe: PaintProbe, action: Callable[[], Any],
                  ready: Callable[[], bool] = lambda: True,
                  skip: Callable[[], bool] = lambda: False) -> float:
    """Seconds from `action()` to the end of the pass in which the probed widget painted
    (or, when `skip()` says the action changed nothing to paint, to its return)."""
    settle()
    probe.painted = False
    start = time.perf_counter()
    action()
    if skip():
        return time.perf_counter() - start
    if not spin_until(lambda: ready() and probe.painted):
        raise TimeoutError("the widget never repainted")
    return time.perf_counter() - start


def settle() -> None:
    """Let queued work (detail panes, deferred layouts) finish before the next measurement."""
    app = QApplication.instance()
    assert app is not None
    for _ in range(3):
        app.processEvents()


def open_window(store: Any) -> Any:
    from cohortdesk.ui.shell.main_window import MainWindow

    window = MainWindow(store)
    window.resize(1280, 800)
    probe = PaintProbe(window)
    window.show()
    spin_until(lambda: probe.painted)
    settle()
    return window


def people_view(window: Any) -> list[Metric]:
    from cohortdesk.services import people

    metrics = []
    n = f"{people.count_people(window.store):,}"
    loaded = [statistics.median([_timed_call(lambda: people.list_people(window.store))
                                 for _ in range(RUNS)])]
    metrics.append(Metric(f"People list query (services.people.list_people), {n} rows",
                          loaded[0] * 1000, "ms", runs=RUNS,
                          note="One query plus the folded search keys: every row, as the command "
                               "line reads them; the People view reads its index instead."))

    view = window.views["people"]
    probe = PaintProbe(view.table.viewport())
    samples = []
    for _ in range(RUNS):
        window.show_view("organizations")
        settle()
        # What a change to people does while the view is hidden: it is marked stale.
        window.context.bus.changed.emit(Changes(frozenset({"person"}), "bench"))
        settle()
        # The fresh rows may arrive from a background load: wait for them, not the old ones.
        with model_resets(view.model) as reset:
            samples.append(until_painted(probe, lambda: window.show_view("people"),
                                         lambda: reset[0] and view.model.rowCount() > 0))
    spin_until(lambda: False, timeout=0.3)  # no load left running into the next figure
    # The floor: the same click when nothing changed, so the rows are there already.
    shown = []
    for _ in range(RUNS):
        window.show_view("organizations")
        settle()
        shown.append(until_painted(probe, lambda: window.show_view("people")))
    metrics.append(Metric(f"People view: first rows shown, {n} people", statistics.median(samples)
                          * 1000, "ms", floor=statistics.median(shown) * 1000,
                          floor_name="the same click with the rows loaded already",
                          aim=Aim(1000), runs=RUNS,
                          note="Sidebar click on a People view whose rows changed meanwhile, to "
                               "the paint of the fresh rows (read in the background when the "
                               "list is long): the ids in order and the search texts through "
                               "the People index, model reset, column fitting, the rows on "
                               "screen, paint."))

    view.search.setFocus()

    def clear_search() -> None:
        view.search.clear()
        settle()

    def type_and_erase() -> None:
        for ch in QUERIES[0]:
            keystroke(view, probe, ch)
        for _ch in QUERIES[0]:
            keystroke(view, probe, Qt.Key.Key_Backspace)

    why = (clear_search, type_and_erase)
    # The floor: a key that leaves the folded query as it was (a trailing space), so the
    # table has nothing to do; what is left is the key's own handling.
    floor_samples = []
    for _ in range(10):
        keystroke(view, probe, "a")
        floor_samples.append(keystroke(view, probe, " "))
        keystroke(view, probe, Qt.Key.Key_Backspace)
        keystroke(view, probe, Qt.Key.Key_Backspace)
    clear_search()
    floor = statistics.median(floor_samples) * 1000
    latencies: list[float] = []
    for query in QUERIES:
        for ch in query:
            latencies.append(keystroke(view, probe, ch))
        for _ch in query:
            latencies.append(keystroke(view, probe, Qt.Key.Key_Backspace))
    ms = [x * 1000 for x in latencies]
    note = (f"{len(ms)} keystrokes typing and erasing {', '.join(QUERIES)}; "
            "each from key press to the repainted table.")
    floor_name = "a keystroke that leaves the query as it was"
    metrics.append(Metric(f"People search: latency per keystroke, median, {n} people",
                          statistics.median(ms), "ms", floor=floor, floor_name=floor_name,
                          aim=Aim(30), runs=len(ms), note=note, why=why))
    metrics.append(Metric(f"People search: latency per keystroke, p95, {n} people",
                          percentile(ms, 95), "ms", floor=floor, floor_name=floor_name,
                          aim=Aim(30), runs=len(ms),
                          note=f"Slowest keystroke {max(ms):.0f} ms.", why=why))
    metrics += people_sort(view, probe, window.store)
    return metrics


@contextlib.contextmanager
def model_resets(model: Any) -> Iterator[list[bool]]:
    """`[True]` once the model has been reset inside the block."""
    reset = [False]

    def on_reset() -> None:
        reset[0] = True

    model.modelReset.connect(on_reset)
    try:
        yield reset
    finally:
        model.modelReset.disconnect(on_reset)


def keystroke(view: Any, probe: PaintProbe, key: str | Qt.Key) -> float:
    """One key into the search box, to the repainted table; a key that leaves the folded
    query as it was (a trailing space) resets nothing and so ends when the key is handled."""
    with model_resets(view.model) as reset:
        return until_painted(probe, lambda: QTest.keyClick(view.search, key),
                             ready=lambda: True, skip=lambda: not reset[0])


def people_sort(view: Any, probe: PaintProbe, store: Any) -> list[Metric]:
    model = view.model
    columns = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    out = []
    ascending, descending = Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder
    for name in ("Name", "Organization"):
        c = columns.index(name)
        samples = []
        # Descending first: a header click always changes the sort (the list starts ascending
        # by Name, and asking for the sort it already has repaints nothing).
        for n in range(RUNS):
            order = Qt.SortOrder.AscendingOrder if n % 2 else Qt.SortOrder.DescendingOrder
            samples.append(until_painted(probe, lambda o=order, c=c: view.table.sortByColumn(c, o)))
        rows = view.spec.load(store).rows  # the tuples the model holds
        key = itemgetter(c + 1)
        floor = statistics.median([_timed_call(lambda k=key, r=rows: sorted(r, key=k))
                                   for _ in range(RUNS)])
        out.append(Metric(f"People view: sort by {name}, {model.total_count():,} rows",
                          statistics.median(samples) * 1000, "ms", floor=floor * 1000,
                          floor_name="sorted() of the same tuples by that column",
                          aim=Aim(150), runs=RUNS,
                          note="Header click to repainted table; ascending and descending.",
                          why=(lambda c=c: view.table.sortByColumn(c, ascending),
                               lambda c=c: until_painted(
                                   probe, lambda: view.table.sortByColumn(c, descending)))))
    # Every column (the hidden ones can be shown and sorted on): the slowest one's median.
    slowest = (0.0, "")
    for c, name in enumerate(columns):
        samples = [until_painted(probe, lambda o=order, c=c: view.table.sortByColumn(c, o))
                   for order in (Qt.SortOrder.DescendingOrder, Qt.SortOrder.AscendingOrder) * 2]
        slowest = max(slowest, (statistics.median(samples), name))
    out.append(Metric(f"People view: sort by the slowest of all {len(columns)} columns, "
                      f"{model.total_count():,} rows", slowest[0] * 1000, "ms",
                      floor=out[0].floor, floor_name=f"as above ({columns[0]})", aim=Aim(150),
                      runs=4, note=f"The slowest was {slowest[1]}; median of 4 header clicks, "
                                   "descending and ascending, on each column."))
    view.table.sortByColumn(columns.index("Name"), Qt.SortOrder.AscendingOrder)
    return out


def session_open(window: Any, session_id: int, other_id: int, attendees: int,
                 agenda_items: int) -> Metric:
    from cohortdesk.ui.sessions.tabs import SESSION_TABS

    view = window.show_view("sessions")
    settle()
    page = view.detail
    probe = PaintProbe(page, within=True)

    def select_other() -> None:
        view.select_id(other_id)
        spin_until(lambda: page.session_id == other_id, timeout=60)
        settle()

    samples: list[float] = []
    runs = RUNS
    while len(samples) < runs:
        select_other()
        samples.append(until_painted(probe, lambda: view.select_id(session_id),
                                     lambda: page.session_id == session_id))
        if samples[0] > LONG_SECONDS:
            runs = LONG_RUNS
    probe.remove()

    def open_it() -> None:
        view.select_id(session_id)
        spin_until(lambda: page.session_id == session_id, timeout=60)
        settle()

    tabs = ", ".join(["Details"] + [t for t, _f in SESSION_TABS])
    return Metric(f"Open a session ({agenda_items}-item agenda, {attendees} attendees) in the "
                  "Sessions view", statistics.median(samples) * 1000, "ms", aim=Aim(200),
                  runs=len(samples), why=(select_other, open_it),
                  note=f"Selection to the painted session page; tabs loaded: {tabs}.")


def heartbeat(window: Any, title: str, fn: Callable[[Any], Any]) -> tuple[float, float, float]:
    """Run `fn(progress)` as the app runs long work (on its worker, with the progress dialog)
    while a 10 ms timer on the UI thread records its largest gap. Returns (gap, seconds, the
    longest garbage-collection pause meanwhile: it holds the GIL, so it stops the UI too)."""
    app = QApplication.instance()
    assert app is not None
    loop = QEventLoop()
    outcome: dict[str, Any] = {}
    last = [time.perf_counter()]
    gaps = [0.0]

    def beat() -> None:
        now = time.perf_counter()
        gaps[0] = max(gaps[0], now - last[0])
        last[0] = now

    def work(progress: Any) -> Any:
        try:
            return fn(progress)
        except BaseException as exc:  # noqa: BLE001 - reported by the caller
            outcome["error"] = exc
            return None

    def done(_result: Any) -> None:
        outcome["end"] = time.perf_counter()
        loop.quit()

    timer = QTimer()
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.setInterval(10)
    timer.timeout.connect(beat)
    spin_until(lambda: False, timeout=0.3)  # let deferred refreshes from earlier work finish
    collecting = [0.0]
    pauses = [0.0]

    def on_gc(phase: str, _info: dict[str, Any]) -> None:
        if phase == "start":
            collecting[0] = time.perf_counter()
        else:
            pauses[0] = max(pauses[0], time.perf_counter() - collecting[0])

    # The bench's own objects (earlier figures, inputs, the workspace summary) are not the
    # app's: frozen, a collection during the job walks what the app holds, as it does in the
    # app (which freezes a long list's rows the same way, list_view.ListView._apply_rows). What
    # the job and the app make meanwhile is collected, and timed, as ever.
    gc.collect()
    gc.freeze()
    gc.callbacks.append(on_gc)
    timer.start()
    last[0] = start = time.perf_counter()
    try:
        window.context.run_job(title, work, done)
        loop.exec()
    finally:
        timer.stop()
        gc.callbacks.remove(on_gc)
    if "error" in outcome:
        raise outcome["error"]
    return gaps[0], outcome["end"] - start, pauses[0]


def _timed_call(fn: Callable[[], Any]) -> float:
    from bench.measure import timed

    return timed(fn)
