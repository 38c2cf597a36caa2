"""A throwaway PostgreSQL server for the tests (and the bench): started once, stopped at exit.

The server binaries come from Debian's `postgresql` package. As root (CI), `initdb` and
`pg_ctl` run as the `postgres` user through `runuser`, so the data and socket folders are made
under /tmp and handed to that user. Authentication is `trust`, on 127.0.0.1 and a socket only.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

SEARCH = [Path("/usr/lib/postgresql") / v / "bin" for v in ("17", "16", "15")] + [Path("/usr/local/bin")]


def binaries() -> Path | None:
    """The folder holding initdb and pg_ctl, or None when PostgreSQL is not installed."""
    env = os.environ.get("COHORTDESK_PG_BIN")
    for folder in ([Path(env)] if env else []) + SEARCH:
        if (folder / "initdb").exists() and (folder / "pg_ctl").exists():
            return folder
    found = shutil.which("initdb")
    return Path(found).parent if found and shutil.which("pg_ctl") else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Server:
    port: int
    user: str
    root: Path

    def url(self, database: str = "postgres", user: str | None = None) -> str:
        return f"postgresql+psycopg://{user or self.user}@127.0.0.1:{self.port}/{database}"

    def admin(self, sql: str, database: str = "postgres") -> None:
        import psycopg

        with psycopg.connect(host="127.0.0.1", port=self.port, user=self.user, dbname=database,
                             autocommit=True) as conn:
            conn.execute(sql)  # type: ignore[arg-type]

    def new_database(self, prefix: str = "hub") -> str:
        name = f"{prefix}_{uuid.uuid4().hex[:12]}"
        self.admin(f'CREATE DATABASE "{name}"')
        return name


@contextlib.contextmanager
def running() -> Iterator[Server]:
    folder = binaries()
    if folder is None:
        raise RuntimeError("PostgreSQL's server binaries (initdb, pg_ctl) are not installed.")
    root = Path(tempfile.mkdtemp(prefix="cohortdesk-pg-", dir="/tmp"))
    data, sock = root / "data", root / "sock"
    data.mkdir()
    sock.mkdir()
    as_root = os.geteuid() == 0
    prefix: list[str] = []
    user = os.environ.get("USER") or "postgres"
    if as_root:
        shutil.chown(root, "postgres")
        shutil.chown(data, "postgres")
        shutil.chown(sock, "postgres")
        prefix = ["runuser", "-u", "postgres", "--"]
        user = "postgres"
    os.chmod(root, 0o755)
    quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.PIPE, "check": True}
    subprocess.run([*prefix, str(folder / "initdb"), "-A", "trust", "-U", user, "-E", "UTF8",
                    "--locale=C", "-D", str(data)], **quiet)  # type: ignore[call-overload]
    port = _free_port()
    options = f"-k {sock} -p {port} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200"
    log = root / "server.log"
    if as_root:
        log.touch()
        shutil.chown(log, "postgres")
    subprocess.run([*prefix, str(folder / "pg_ctl"), "-D", str(data), "-o", options, "-l", str(log),
                    "-w", "start"], **quiet)  # type: ignore[call-overload]
    try:
        yield Server(port, user, root)
    finally:
        subprocess.run([*prefix, str(folder / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w",
                        "stop"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        shutil.rmtree(root, ignore_errors=True)
