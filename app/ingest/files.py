"""Find the files under a path and read them safely: links to folders are not followed, pipes never opened."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

_KINDS = ((stat.S_ISFIFO, "a named pipe (FIFO)"), (stat.S_ISSOCK, "a socket"), (stat.S_ISCHR, "a character device"),
          (stat.S_ISBLK, "a block device"))


class UnreadableError(OSError):
    """A file that cannot be read as an article; the message says why, in words for the user."""


@dataclass(frozen=True)
class Entry:
    """A file found under an ingested path, or something there that is not one (`problem` says what)."""

    path: Path
    origin: str  # the path relative to the folder given on the command line, or the file's own name
    problem: str | None = None
    is_folder_link: bool = False


def entries(root: Path) -> Iterator[Entry]:
    """Every file under `root` (itself, if it is one), in a stable order; hidden files and folders are left out.

    A link to a folder is named rather than followed, so a link loop cannot trap the walk.
    """
    problem = kind_problem(root)
    if problem is not None or not root.is_dir():
        yield Entry(root, root.name, problem)
        return
    folders = [root]
    while folders:
        folder = folders.pop()
        try:
            with os.scandir(folder) as found:
                listed = sorted(found, key=lambda entry: entry.name)
        except OSError as error:
            yield Entry(folder, _relative(Path(folder), root), f"cannot list this folder: {_reason(error)}")
            continue
        subfolders = []
        for item in listed:
            if item.name.startswith("."):
                continue
            path = Path(item.path)
            origin = _relative(path, root)
            if item.is_symlink():
                if path.is_dir():
                    yield Entry(path, origin, "a link to a folder; not followed (ingest the folder itself)", True)
                else:
                    yield Entry(path, origin, kind_problem(path))
            elif item.is_dir(follow_symlinks=False):
                subfolders.append(path)
            else:
                yield Entry(path, origin, kind_problem(path))
        folders.extend(reversed(subfolders))


def kind_problem(path: Path) -> str | None:
    """Why `path` cannot be read as a file or walked as a folder, or None when it can."""
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        if path.is_symlink():
            return f"a broken link (to {os.readlink(path)}, which does not exist)"
        return "no such file or folder"
    except OSError as error:
        return f"cannot be read: {_reason(error)}"
    if stat.S_ISREG(mode) or stat.S_ISDIR(mode):
        return None
    kind = next((name for test, name in _KINDS if test(mode)), "not a regular file")
    return f"{kind}, not a file; not opened"


def read_bounded(path: Path, limit: int) -> bytes:
    """The file's bytes, at most `limit` of them; raises UnreadableError when it is larger or cannot be read."""
    with _open_regular(path) as handle:
        if os.fstat(handle.fileno()).st_size > limit:
            raise UnreadableError(too_large(limit))
        raw = _read(handle, limit + 1)  # files under /proc say they are empty: the bound holds all the same
    if len(raw) > limit:
        raise UnreadableError(too_large(limit))
    return raw


def read_lines(path: Path, limit: int) -> Iterator[tuple[int, bytes | None]]:
    """The file's lines with their numbers, one at a time; a line longer than `limit` comes as None."""
    with _open_regular(path) as handle:
        number = 0
        while True:
            number += 1
            line = _readline(handle, limit + 1)
            if not line:
                return
            if len(line) > limit and not line.endswith(b"\n"):
                while (rest := _readline(handle, 1 << 20)) and not rest.endswith(b"\n"):
                    pass  # the rest of an over-long line
                yield number, None
                continue
            yield number, line


@contextmanager
def _open_regular(path: Path) -> Iterator[BinaryIO]:
    """The file, opened without blocking and checked to be a regular file before a byte is read.

    A pipe that took a file's place between the walk and the reading is never waited on.
    """
    try:
        descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except OSError as error:
        raise UnreadableError(f"cannot be read: {_reason(error)}") from error
    with os.fdopen(descriptor, "rb") as handle:
        mode = os.fstat(descriptor).st_mode
        if not stat.S_ISREG(mode):
            kind = next((name for test, name in _KINDS if test(mode)), "not a regular file")
            raise UnreadableError(f"{kind}, not a file; not read")
        yield handle


def _read(handle: BinaryIO, size: int) -> bytes:
    try:
        return handle.read(size)
    except OSError as error:
        raise UnreadableError(f"cannot be read: {_reason(error)}") from error


def _readline(handle: BinaryIO, size: int) -> bytes:
    try:
        return handle.readline(size)
    except OSError as error:
        raise UnreadableError(f"cannot be read: {_reason(error)}") from error


def too_large(limit: int) -> str:
    return f"larger than the limit of {describe_bytes(limit)} (set HOTLINE_MAX_ARTICLE_BYTES to raise it); skipped"


def describe_bytes(count: int) -> str:
    if count >= 1_000_000 and count % 100_000 == 0:
        return f"{count / 1_000_000:g} MB"
    if count >= 1_000 and count % 100 == 0:
        return f"{count / 1_000:g} kB"
    return f"{count:,} bytes"


def _relative(path: Path, root: Path) -> str:
    return path.relative_to(root).as_posix()


def _reason(error: OSError) -> str:
    return error.strerror or type(error).__name__
