"""Where a live workspace may not live: network shares and cloud-synced folders.

SQLite's WAL mode needs shared memory and byte-range locks that network file systems do not
provide reliably, and sync clients (Dropbox, OneDrive, Google Drive, iCloud) upload a file
while it is being written and may "resolve" a conflict by mixing two versions. Either can
corrupt a workspace silently. So a workspace there is refused for writing, with the reason;
it can still be opened read-only, or copied to this computer. Backups are closed, finished
files, so the backup folder may be a network or cloud folder.
"""

from __future__ import annotations

import os
from pathlib import Path

from cohortdesk.domain.errors import WorkspaceError

NETWORK_FS = {
    "nfs", "nfs4", "cifs", "smb", "smbfs", "smb2", "smb3", "afpfs", "webdav", "davfs",
    "fuse.sshfs", "sshfs", "9p", "ncpfs", "coda", "afs", "ceph", "glusterfs", "fuse.glusterfs",
    "fuse.rclone", "fuse.s3fs", "fuse.gcsfuse", "lustre", "gpfs", "beegfs", "fuse.davfs",
}

# Folder names that sync clients create. Matching is on whole path components, ignoring case.
CLOUD_FOLDERS = {
    "dropbox": "Dropbox", "onedrive": "OneDrive", "google drive": "Google Drive",
    "googledrive": "Google Drive", "my drive": "Google Drive", "icloud drive": "iCloud Drive",
    "icloud": "iCloud Drive", "mobile documents": "iCloud Drive", "cloudstorage": "a cloud drive",
    "box": "Box", "box sync": "Box", "pcloud drive": "pCloud", "nextcloud": "Nextcloud",
    "owncloud": "ownCloud", "mega": "MEGA", "seafile": "Seafile",
}


class UnsafeLocationError(WorkspaceError):
    """A live workspace on a network share or in a cloud-synced folder."""

    def __init__(self, path: Path, where: str) -> None:
        super().__init__(
            f"{path.name} is {where}. CohortDesk does not edit a workspace there, because the "
            "database can be damaged when the folder is shared or synced while it is open. "
            "Open it read-only, or copy it to a folder on this computer and open the copy. "
            "(Your backups may go to a synced folder.)"
        )
        self.path = path
        self.where = where


def _mounts() -> list[tuple[str, str]]:
    try:
        text = Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return []
    found = []
    for line in text.splitlines():
        fields = line.split()
        if len(fields) >= 3:
            found.append((fields[1].replace("\\040", " "), fields[2]))
    return found


def filesystem_type(path: Path, mounts: list[tuple[str, str]] | None = None) -> str | None:
    """The type of the file system holding `path` (Linux /proc/mounts), or None if unknown."""
    mounts = _mounts() if mounts is None else mounts
    best: tuple[int, str] | None = None
    text = str(path)
    for mount_point, fstype in mounts:
        prefix = mount_point.rstrip("/") + "/"
        if (text == mount_point or text.startswith(prefix) or mount_point == "/") and (
            best is None or len(mount_point) > best[0]
        ):
            best = (len(mount_point), fstype)
    return best[1] if best else None


def _windows_remote(path: Path) -> bool:  # pragma: no cover - Windows only
    text = str(path)
    if text.startswith("\\\\"):
        return True
    import ctypes

    root = os.path.splitdrive(text)[0] + "\\"
    return bool(ctypes.windll.kernel32.GetDriveTypeW(root) == 4)  # type: ignore[attr-defined]


_CLOUD_PREFIXES = {
    "onedrive - ": "OneDrive", "onedrive-": "OneDrive", "dropbox (": "Dropbox",
    "googledrive-": "Google Drive", "google drive - ": "Google Drive", "box-box": "Box",
}


def cloud_folder(path: Path) -> str | None:
    """The sync client whose folder holds `path` (by its folder names), or None."""
    for part in path.parts[:-1]:
        key = part.strip().lower()
        if key in CLOUD_FOLDERS:
            return CLOUD_FOLDERS[key]
        for prefix, name in _CLOUD_PREFIXES.items():
            if key.startswith(prefix):
                return name
    return None


def location_problem(path: Path, mounts: list[tuple[str, str]] | None = None) -> str | None:
    """Why `path` is no place for a live workspace, or None if it is fine."""
    if os.environ.get("COHORTDESK_ALLOW_SHARED_FOLDER") == "1":
        return None
    folder = path.parent
    if os.name == "nt":  # pragma: no cover - Windows only
        if _windows_remote(folder):
            return "on a network drive"
    else:
        fstype = filesystem_type(folder, mounts)
        if fstype and (fstype in NETWORK_FS or fstype.startswith(("nfs", "smb", "cifs"))):
            return f"on a network share ({fstype})"
    cloud = cloud_folder(path)
    if cloud:
        return f"in a folder synced by {cloud}"
    return None


def refuse_unsafe_location(path: Path) -> None:
    where = location_problem(path)
    if where:
        raise UnsafeLocationError(path, where)
