"""Team sync's tables (cohortdesk/store/sync.py). Revision 0009."""

from __future__ import annotations

from sqlalchemy import BigInteger, Boolean, Index, Integer, String, Text, false
from sqlalchemy.orm import Mapped, mapped_column

from cohortdesk.store.models.base import Base


class SyncRow(Base):
    """A row's global id (UUIDv7) beside its local id, and the clock of each of its fields.

    A deleted row keeps its entry as a tombstone (`deleted`, `row_id` NULL), so an edit that
    arrives later for it is recognised and not resurrected.
    """

    __tablename__ = "sync_row"
    __table_args__ = (Index("ix_sync_row_table_row", "table_name", "row_id", unique=True),)
    gid: Mapped[str] = mapped_column(String(36), primary_key=True)
    table_name: Mapped[str] = mapped_column(String(100))
    row_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    deleted: Mapped[bool] = mapped_column(Boolean, server_default=false())
    # {"field": "clock", ...}: see sync.Clock.
    clocks: Mapped[str] = mapped_column(Text, server_default="{}")


class SyncState(Base):
    """This workspace's node id, clock, hub URL (never a password) and how far it has synced."""

    __tablename__ = "sync_state"
    key: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class SyncOutbox(Base):
    """Changes prepared for the hub and not yet acknowledged by it (survives a crash)."""

    __tablename__ = "sync_outbox"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    change: Mapped[str] = mapped_column(Text)


class SyncLog(Base):
    """On the hub: every change every laptop sent, in the order the hub accepted them."""

    __tablename__ = "sync_log"
    seq: Mapped[int] = mapped_column(BigInteger().with_variant(Integer(), "sqlite"), primary_key=True)
    node: Mapped[str] = mapped_column(String(40))
    table_name: Mapped[str] = mapped_column(String(100))
    gid: Mapped[str] = mapped_column(String(36))
    kind: Mapped[str] = mapped_column(String(4))  # "put" or "del"
    clock: Mapped[str] = mapped_column(String(64))
    data: Mapped[str | None] = mapped_column(Text, nullable=True)


class SyncNode(Base):
    """On the hub: each laptop that syncs, who it is, and the last batch it delivered."""

    __tablename__ = "sync_node"
    node: Mapped[str] = mapped_column(String(40), primary_key=True)
    who: Mapped[str] = mapped_column(String(300), server_default="")
    last_batch: Mapped[str] = mapped_column(String(36), server_default="")
    last_seen: Mapped[str] = mapped_column(String(40), server_default="")


class SyncConflict(Base):
    """The same field changed in two places: the value kept (the later clock) and the one that
    lost, who made each and when. `field` "*" is a row deleted in one place, edited in another.
    `resolution` is "", "mine" or "theirs"."""

    __tablename__ = "sync_conflict"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    table_name: Mapped[str] = mapped_column(String(100))
    row_gid: Mapped[str] = mapped_column(String(36), index=True)
    field: Mapped[str] = mapped_column(String(100))
    kept_value: Mapped[str | None] = mapped_column(Text, nullable=True)
    kept_node: Mapped[str] = mapped_column(String(40))
    kept_by: Mapped[str] = mapped_column(String(300), server_default="")
    kept_at: Mapped[str] = mapped_column(String(40))
    lost_value: Mapped[str | None] = mapped_column(Text, nullable=True)
    lost_node: Mapped[str] = mapped_column(String(40))
    lost_by: Mapped[str] = mapped_column(String(300), server_default="")
    lost_at: Mapped[str] = mapped_column(String(40))
    resolution: Mapped[str] = mapped_column(String(10), server_default="")
