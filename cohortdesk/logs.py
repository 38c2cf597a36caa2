"""The log: a rotating file in the user log folder, private to the user, with no contact details.

`setup_logging()` is called once by the app (and by tests). Everything logged, including
tracebacks, passes through `redact()`, so an email address or a phone number that was in an
error message or a validation failure never lands on disk. `faulthandler` writes native
crashes (a segfault in Qt, an abort) into the same file.
"""

from __future__ import annotations

import contextlib
import faulthandler
import logging
import logging.handlers
import os
import re
from pathlib import Path
from typing import IO, Any

from cohortdesk import paths
from cohortdesk.files import secure_dir

LOG_NAME = "cohortdesk.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5

_EMAIL = re.compile(r"[\w.!#$%&'*+/=?^`{|}~-]+@[\w-]+(?:\.[\w-]+)+", re.UNICODE)
_PHONE = re.compile(
    r"(?<![\w.:/-])(?:"
    r"\+\d[\d ().-]{6,}\d"  # international: +1 (555) 010-1234, +44 20 7946 0958
    r"|\(?\d{3}\)?[ .-]?\d{3}[ .-]\d{4}"  # 555-010-1234, (555) 010 1234, 555.010.1234
    r"|\d{3}[ .-]\d{4}"  # 555-0101
    r"|\d{10,15}"  # 5550101234
    r")(?![\w/:-])"
)


def redact(text: str) -> str:
    """The text with email addresses and phone numbers replaced by placeholders."""
    return _PHONE.sub("[phone]", _EMAIL.sub("[email]", text))


class RedactingFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        # The whole line, traceback included: values in exception messages are redacted too.
        return redact(super().format(record))


class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """Rotates like its parent; files are created 0600 and faulthandler follows the rollover."""

    def _open(self) -> Any:
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        return os.fdopen(fd, "a", encoding=self.encoding or "utf-8", errors=self.errors)

    def doRollover(self) -> None:  # noqa: N802
        super().doRollover()
        _point_faulthandler(self.stream)


_handler: PrivateRotatingFileHandler | None = None


def _point_faulthandler(stream: IO[Any] | None) -> None:
    if stream is None:
        return
    with contextlib.suppress(ValueError, OSError, AttributeError):
        faulthandler.enable(file=stream, all_threads=True)


def log_path() -> Path:
    return paths.log_dir() / LOG_NAME


def setup_logging(folder: Path | None = None, level: int = logging.INFO) -> Path:
    """Send the `cohortdesk` loggers (and warnings) to the rotating log; returns its path."""
    global _handler
    folder = secure_dir(folder or paths.log_dir())
    target = folder / LOG_NAME
    root = logging.getLogger("cohortdesk")
    if _handler is not None:
        if Path(_handler.baseFilename) == target:
            return target
        root.removeHandler(_handler)
        _handler.close()
    handler = PrivateRotatingFileHandler(target, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT,
                                         encoding="utf-8", delay=False)
    handler.setFormatter(RedactingFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(level)
    _handler = handler
    _point_faulthandler(handler.stream)
    logging.captureWarnings(True)
    return target


def shutdown_logging() -> None:
    """Detach the log file (tests; the app's exit)."""
    global _handler
    if _handler is None:
        return
    logging.getLogger("cohortdesk").removeHandler(_handler)
    if faulthandler.is_enabled():
        faulthandler.disable()
    _handler.close()
    _handler = None
