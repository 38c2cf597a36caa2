"""Import a module on first use, so opening the window does not pay for reportlab or pypdf.

Feature modules install menu actions at start-up but need their back-ends (PDF, calendars,
spreadsheets) only when an action runs. This is the LazyLoader recipe from importlib's docs.
"""

from __future__ import annotations

import importlib.util
import sys
from types import ModuleType


def lazy_import(name: str) -> ModuleType:
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.find_spec(name)
    if spec is None or spec.loader is None:
        raise ImportError(name)
    loader = importlib.util.LazyLoader(spec.loader)
    spec.loader = loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    loader.exec_module(module)
    return module
