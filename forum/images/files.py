"""Image files under the data directory, named by the sha256 of their bytes.

``images/ab/abcdef….jpg`` and its thumbnail ``images/ab/abcdef….t.jpg``: a name says what
the file holds, so a write is idempotent and a file never changes once written. Files are
written to a temporary name and renamed into place (a reader never sees half a file), with
owner-only permissions like the database and the secret key.
"""

from __future__ import annotations

import base64
import contextlib
import os
import tempfile
from pathlib import Path

from forum.images.processing import EXTENSIONS, Processed

DIRECTORY = "images"
_data_dir: Path | None = None


def configure(data_dir: Path) -> None:
    """Say where this process keeps its data (``create_app``; process-wide like the policy)."""
    global _data_dir
    _data_dir = data_dir


def configured() -> Path:
    """The data directory ``configure`` named; until then FORUM_DATA_DIR (a command line
    tool that builds no app), read as ``load_settings`` reads it."""
    return _data_dir or Path(os.environ.get("FORUM_DATA_DIR", "./var")).resolve()


def root(data_dir: Path) -> Path:
    """Where every image file lives (created owner-only on first use)."""
    path = data_dir / DIRECTORY
    if not path.exists():
        path.mkdir(mode=0o700, parents=True, exist_ok=True)
    return path


def path_of(data_dir: Path, sha256: str, fmt: str, thumbnail: bool = False) -> Path:
    """The file of a picture (or of its thumbnail)."""
    suffix = f".t.{EXTENSIONS[fmt]}" if thumbnail else f".{EXTENSIONS[fmt]}"
    return root(data_dir) / sha256[:2] / f"{sha256}{suffix}"


def _write_atomically(path: Path, data: bytes) -> None:
    if path.exists():  # content-addressed: the same name holds the same bytes
        return
    path.parent.mkdir(mode=0o700, exist_ok=True)
    fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=".upload-")  # mode 600
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)
        raise


def save(data_dir: Path, picture: Processed) -> None:
    """Write a picture and its thumbnail (before the row that names them is committed)."""
    _write_atomically(path_of(data_dir, picture.sha256, picture.format, True), picture.thumbnail)
    _write_atomically(path_of(data_dir, picture.sha256, picture.format), picture.data)


def read(data_dir: Path, sha256: str, fmt: str, thumbnail: bool = False) -> bytes | None:
    """A picture's bytes, or None when the file is gone."""
    try:
        return path_of(data_dir, sha256, fmt, thumbnail).read_bytes()
    except FileNotFoundError:
        return None


def encoded(sha256: str, fmt: str) -> str | None:
    """A picture's bytes in base64 (for a member's export), None when the file is gone."""
    data = read(configured(), sha256, fmt)
    return base64.b64encode(data).decode("ascii") if data is not None else None


def delete(data_dir: Path, sha256: str, fmt: str) -> None:
    """Remove a picture and its thumbnail (once no row names them any more)."""
    for thumbnail in (False, True):
        with contextlib.suppress(FileNotFoundError):
            path_of(data_dir, sha256, fmt, thumbnail).unlink()
