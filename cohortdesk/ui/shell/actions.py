"""The action registry: every menu command of the app, by id, and the menus built from it.

An area registers its commands when the app starts (`install(context)` in its `menus.py`):

    context.actions.add("print_packet", "Convening &packet…", lambda: open_packet(context),
                        menu="print", shortcut="Ctrl+Shift+P")

The shell declares the menu bar's menus ("file", "edit", "view", "session", "tools", "help"), an
area may add a submenu (`add_menu("print", "&Print", parent="session")`), and the shell builds
the menu bar from the registry once every area has registered. Items keep the order in which they
were registered. Tests and the welcome page find an action by id (`action("import_people")`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar, QWidget

Shortcut = QKeySequence | QKeySequence.StandardKey | str


@dataclass
class _Menu:
    name: str
    title: str
    parent: str | None
    on_show: Callable[[QMenu], None] | None
    # ("action", id) | ("separator", "") | ("menu", name), in registration order
    items: list[tuple[str, str]] = field(default_factory=list)
    built: QMenu | None = None


class ActionRegistry:
    """QActions by id, each with its menu and shortcut; builds the menu bar from them."""

    def __init__(self, owner: QWidget) -> None:
        self._owner = owner
        self._actions: dict[str, QAction] = {}
        self._menus: dict[str, _Menu] = {}
        self._bar: QMenuBar | None = None

    # -- registering ----------------------------------------------------------------------------

    def add_menu(self, name: str, title: str, *, parent: str | None = None,
                 on_show: Callable[[QMenu], None] | None = None) -> None:
        """Declare a menu: on the menu bar, or as a submenu of `parent` at this point in it.
        `on_show(menu)` runs each time it opens (a menu filled on demand, like Open recent)."""
        if name in self._menus:
            raise ValueError(f"menu {name!r} is already declared")
        if parent is not None and parent not in self._menus:
            raise KeyError(f"no menu {parent!r} to put {name!r} in")
        menu = _Menu(name, title, parent, on_show)
        self._menus[name] = menu
        if parent is not None:
            self._place(parent, ("menu", name))
        elif self._bar is not None:
            self._build_menu(menu, self._bar.addMenu(title))

    def add(self, action_id: str, text: str, slot: Callable[[], Any], *, menu: str | None = None,
            shortcut: Shortcut | None = None, icon: QIcon | None = None,
            role: QAction.MenuRole | None = None,
            shortcut_context: Qt.ShortcutContext | None = None,
            object_name: str = "") -> QAction:
        """Register a command. It is added to the owner window too, so its shortcut works
        whatever state the menu bar is in; `menu=None` makes a shortcut-only command."""
        if action_id in self._actions:
            raise ValueError(f"action {action_id!r} is already registered")
        action = QAction(text, self._owner)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if icon is not None:
            action.setIcon(icon)
        if role is not None:
            action.setMenuRole(role)
        if shortcut_context is not None:
            action.setShortcutContext(shortcut_context)
        if object_name:
            action.setObjectName(object_name)
        action.triggered.connect(lambda _checked=False: slot())
        self._owner.addAction(action)
        self._actions[action_id] = action
        if menu is not None:
            self._place(menu, ("action", action_id))
        return action

    def add_separator(self, menu: str) -> None:
        self._place(menu, ("separator", ""))

    def _place(self, menu: str, item: tuple[str, str]) -> None:
        if menu not in self._menus:
            raise KeyError(f"no menu {menu!r}")
        entry = self._menus[menu]
        entry.items.append(item)
        if entry.built is not None:  # registered after the menu bar was built
            self._add_item(entry.built, item)

    # -- finding --------------------------------------------------------------------------------

    def action(self, action_id: str) -> QAction | None:
        return self._actions.get(action_id)

    def __contains__(self, action_id: object) -> bool:
        return action_id in self._actions

    def __iter__(self) -> Iterator[str]:
        return iter(self._actions)

    def trigger(self, action_id: str) -> bool:
        """Run a command as its menu item would, if it exists and is enabled."""
        action = self._actions.get(action_id)
        if action is None or not action.isEnabled():
            return False
        action.trigger()
        return True

    def menu(self, name: str) -> QMenu:
        """The built menu called `name` (after `build`)."""
        built = self._menus[name].built
        if built is None:
            raise LookupError(f"menu {name!r} is not built yet")
        return built

    # -- building -------------------------------------------------------------------------------

    def build(self, bar: QMenuBar) -> None:
        """Put every top-level menu on `bar`, with its items and submenus, in registration order."""
        self._bar = bar
        for menu in self._menus.values():
            if menu.parent is None:
                self._build_menu(menu, bar.addMenu(menu.title))

    def _build_menu(self, menu: _Menu, qmenu: QMenu) -> None:
        menu.built = qmenu
        if menu.on_show is not None:
            on_show = menu.on_show
            qmenu.aboutToShow.connect(lambda: on_show(qmenu))
        for item in menu.items:
            self._add_item(qmenu, item)

    def _add_item(self, qmenu: QMenu, item: tuple[str, str]) -> None:
        kind, name = item
        if kind == "action":
            qmenu.addAction(self._actions[name])
        elif kind == "separator":
            qmenu.addSeparator()
        else:
            sub = self._menus[name]
            self._build_menu(sub, qmenu.addMenu(sub.title))
