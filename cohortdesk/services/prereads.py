"""Pre-reads: PDF files attached to a session, stored inside the workspace, and the print logo.

Read API: `list_prereads(store, session_id) -> list[PrereadRecord]` (no file content),
`preread_content(store, preread_id) -> bytes`, `logo(store) -> LogoRecord | None`.
Writes, each one undoable step: `add_preread`, `move_preread`, `remove_preread`, `set_logo`.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from cohortdesk.domain.errors import NotFoundError, ValidationError
from cohortdesk.domain.text import clean
from cohortdesk.domain.validation import cannot_read, refusal
from cohortdesk.store import Store
from cohortdesk.store.models import CohortSession
from cohortdesk.store.models.packets import Preread, PrintAsset

MAX_PREREAD_BYTES = 50 * 1024 * 1024
MAX_LOGO_BYTES = 5 * 1024 * 1024
# A PDF the PDF library could not read, with its reason (keyed for an app to word).
UNREADABLE = "That PDF cannot be read ({detail})."


@dataclass(frozen=True)
class PrereadRecord:
    id: int
    session_id: int
    position: int
    title: str
    filename: str
    page_count: int
    size_bytes: int
    added_at: dt.datetime


@dataclass(frozen=True)
class LogoRecord:
    filename: str
    content: bytes


def check_pdf(data: bytes, field: str = "file") -> int:
    """The page count of a readable PDF, or ValidationError saying why it cannot be used."""
    if not data.startswith(b"%PDF") and b"%PDF" not in data[:1024]:
        raise ValidationError(field, "That file is not a PDF.")
    if len(data) > MAX_PREREAD_BYTES:
        raise ValidationError(field, "That PDF is larger than 50 MB; attach a smaller copy.")
    from pypdf import PdfReader  # loaded when a PDF is first attached
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise ValidationError(field, "That PDF is password-protected; attach an open copy.")
        pages = len(reader.pages)
    except (PdfReadError, ValueError, KeyError, TypeError) as exc:
        raise refusal(field, "prereads: unreadable", UNREADABLE, detail=exc) from exc
    if pages == 0:
        raise ValidationError(field, "That PDF has no pages.")
    return pages


def _title_from(filename: str) -> str:
    stem = Path(filename).stem.replace("_", " ").replace("-", " ").strip()
    return " ".join(stem.split()) or "Pre-read"


def add_preread(store: Store, session_id: int, path: str | Path | None = None, *,
                data: bytes | None = None, filename: str = "", title: str = "",
                source: object | None = None) -> int:
    """Attach a PDF (from `path`, or `data` with `filename`) at the end of the session's list."""
    if path is not None:
        path = Path(path)
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise cannot_read("file", path, exc) from exc
        filename = filename or path.name
    if data is None:
        raise ValidationError("file", "Choose a PDF file to attach.")
    pages = check_pdf(data)
    title = clean(title) or _title_from(filename)
    with store.change(f"Add Pre-read {title}", source=source) as session:
        _session(session, session_id)
        last = session.scalar(
            select(func.max(Preread.position)).where(Preread.session_id == session_id)
        )
        row = Preread(
            session_id=session_id, position=(last or 0) + 1, title=title[:300],
            filename=clean(filename)[:300], page_count=pages, size_bytes=len(data),
            sha256=hashlib.sha256(data).hexdigest(),
            added_at=dt.datetime.now().replace(microsecond=0), content=data,
        )
        session.add(row)
        session.flush()
        return row.id


def _session(session: Session, session_id: int) -> CohortSession:
    row = session.get(CohortSession, session_id)
    if row is None:
        raise NotFoundError(f"Session {session_id} is not in this workspace.")
    return row


def _get(session: Session, preread_id: int) -> Preread:
    row = session.get(Preread, preread_id)
    if row is None:
        raise NotFoundError(f"Pre-read {preread_id} is not in this workspace.")
    return row


def list_prereads(store: Store, session_id: int) -> list[PrereadRecord]:
    stmt = (
        select(Preread.id, Preread.session_id, Preread.position, Preread.title, Preread.filename,
               Preread.page_count, Preread.size_bytes, Preread.added_at)
        .where(Preread.session_id == session_id)
        .order_by(Preread.position, Preread.id)
    )
    with store.read() as session:
        return [PrereadRecord(*row) for row in session.execute(stmt)]


def preread_content(store: Store, preread_id: int) -> bytes:
    with store.read() as session:
        return bytes(_get(session, preread_id).content)


def move_preread(store: Store, preread_id: int, index: int, *,
                 source: object | None = None) -> None:
    """Put the pre-read at `index` (0-based) in its session's order."""
    with store.read() as session:
        title = _get(session, preread_id).title
    with store.change(f"Move Pre-read {title}", source=source) as session:
        row = _get(session, preread_id)
        rows = list(session.scalars(
            select(Preread).where(Preread.session_id == row.session_id)
            .order_by(Preread.position, Preread.id)
        ))
        rows.remove(row)
        rows.insert(max(0, min(index, len(rows))), row)
        for position, r in enumerate(rows, start=1):
            if r.position != position:
                r.position = position


def remove_preread(store: Store, preread_id: int, *, source: object | None = None) -> None:
    with store.read() as session:
        title = _get(session, preread_id).title
    with store.change(f"Remove Pre-read {title}", source=source) as session:
        session.delete(_get(session, preread_id))


def set_logo(store: Store, path: str | Path, *, source: object | None = None) -> None:
    """Store the program logo (PNG or JPEG) that packet covers show."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise cannot_read("logo", path, exc) from exc
    if len(data) > MAX_LOGO_BYTES:
        raise ValidationError("logo", "That image is larger than 5 MB; use a smaller copy.")
    if not (data.startswith(b"\x89PNG") or data.startswith(b"\xff\xd8")):
        raise ValidationError("logo", "Use a PNG or JPEG image for the logo.")
    with store.change("Set Logo", source=source) as session:
        row = session.scalar(select(PrintAsset).where(PrintAsset.kind == "logo"))
        if row is None:
            row = PrintAsset(kind="logo")
            session.add(row)
        row.filename = path.name[:300]
        row.content = data


def logo(store: Store) -> LogoRecord | None:
    with store.read() as session:
        row = session.scalar(select(PrintAsset).where(PrintAsset.kind == "logo"))
        return LogoRecord(row.filename, bytes(row.content)) if row else None
