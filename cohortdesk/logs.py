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

_LOCAL_PART = r"[\w.!#$%&'*+/=?^`{|}~-]"
# Starting only where a local part can start keeps a long line without "@" linear, not quadratic.
_EMAIL = re.compile(rf"(?<!{_LOCAL_PART}){_LOCAL_PART}+@[\w-]+(?:\.[\w-]+)+", re.UNICODE)
# A phone number is any run of 7 or more digits, optionally after a "+", split by single spaces,
# dots or dashes, or by brackets: (555) 0101, 07700 900123, (03) 9555 0101, +44 (0)20 7946 0958.
# Digits inside a word or a path are left alone (file names, ids, backup time stamps).
_DIGIT_RUN = re.compile(
    r"(?<![\w./+-])"
    r"\+?(?:\(\d{1,5}\)|\d+)"
    r"(?:[ .-]\(\d{1,5}\)|[ .-]\d{2,}|(?<=\))\d{2,})*"
    r"(?![\d/:])"
)
PHONE_DIGITS = 7
# Runs of digits that are dates, not phone numbers: the log's own time stamps, backup names.
_NOT_A_PHONE = re.compile(
    r"\d{4}-\d{2}-\d{2}"  # 2025-01-31
    r"|\d{8}-\d{6}(?:-\d+)?"  # 20250131-101500, in backup names
    r"|\d{1,2}([.-])\d{1,2}\1\d{4}"  # 31.01.2025
)


def _phone(match: re.Match[str]) -> str:
    found = match.group(0)
    if sum(ch.isdigit() for ch in found) < PHONE_DIGITS or _NOT_A_PHONE.fullmatch(found):
        return found
    return "[phone]"


def redact(text: str) -> str:
    """The text with email addresses and phone numbers replaced by placeholders."""
    return _DIGIT_RUN.sub(_phone, _EMAIL.sub("[email]", text))


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
        for logger in _loggers():
            logger.removeHandler(_handler)
        _handler.close()
    handler = PrivateRotatingFileHandler(target, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT,
                                         encoding="utf-8", delay=False)
    handler.setFormatter(RedactingFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    for logger in _loggers():
        logger.addHandler(handler)
    root.setLevel(level)
    _handler = handler
    _point_faulthandler(handler.stream)
    # warnings.warn(...) from our code or a library goes to the "py.warnings" logger, which is
    # not under "cohortdesk": it gets the file handler too.
    logging.captureWarnings(True)
    return target


def _loggers() -> tuple[logging.Logger, ...]:
    return logging.getLogger("cohortdesk"), logging.getLogger("py.warnings")


def shutdown_logging() -> None:
    """Detach the log file (tests; the app's exit)."""
    global _handler
    if _handler is None:
        return
    for logger in _loggers():
        logger.removeHandler(_handler)
    logging.captureWarnings(False)
    if faulthandler.is_enabled():
        faulthandler.disable()
    _handler.close()
    _handler = None
