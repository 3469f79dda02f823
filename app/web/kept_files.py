"""Answers too large to keep in memory (the file exports, tens of megabytes), kept on disk until the data changes.

A 10,000-call JSON export takes seconds to read and write; written once to a file while it is first sent, it
is sent again from that file, at the speed of the disk, for as long as the data version it was made under stays
current. Each server process keeps its own folder, removed when the server shuts down (and, should the process
be killed, by the next server to start on the machine); the files of an older version are deleted as soon as a
request sees a newer one, and beyond the budget the least recently sent go.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import weakref
from collections import OrderedDict
from collections.abc import Hashable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO


PREFIX = "hotline-answers-"  # then the process id, so a folder whose process is gone can be told apart


def _remove_orphans(parent: Path) -> None:
    """Folders of server processes that were killed before they could remove their own."""
    for folder in parent.glob(f"{PREFIX}*-*"):
        pid = folder.name.removeprefix(PREFIX).split("-", 1)[0]
        if pid.isdigit() and int(pid) != os.getpid() and not _alive(int(pid)):
            shutil.rmtree(folder, ignore_errors=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # another user's process: alive, and not ours to judge
        return True
    return True


@dataclass(frozen=True)
class KeptFile:
    """An answer's headers as sent and the file holding its body."""

    headers: list[tuple[bytes, bytes]]
    path: Path
    size: int


class Spill:
    """A body being written to disk as it is sent; kept only once its last chunk is written (`finish`)."""

    def __init__(self, owner: KeptFiles, version: int, key: Hashable, headers: list[tuple[bytes, bytes]],
                 file: BinaryIO, path: Path) -> None:
        self.owner, self.version, self.key, self.headers = owner, version, key, headers
        self.file, self.path, self.size = file, path, 0

    def write(self, chunk: bytes) -> None:
        self.size += len(chunk)
        self.file.write(chunk)

    def finish(self) -> None:
        self.file.close()
        self.owner._keep(self)

    def abandon(self) -> None:
        """The answer was not sent whole (the client left, the request failed): its partial copy goes."""
        if not self.file.closed:
            self.file.close()
        self.path.unlink(missing_ok=True)


class KeptFiles:
    """Bodies kept on disk per data version, at most `max_bytes` in all, least recently sent dropped first.

    Used from the server's event loop only (ASGI middleware), so it needs no lock. A file being sent when it is
    dropped stays readable to that request: it was opened before being unlinked.
    """

    def __init__(self, *, max_bytes: int, folder: Path | None = None, parent: Path | None = None) -> None:
        self.max_bytes = max_bytes
        self._given = self._folder = folder
        self._parent = parent  # where the folder is made: the system's temporary folder unless given
        self._version: int | None = None
        self._entries: OrderedDict[Hashable, KeptFile] = OrderedDict()
        self._bytes = 0
        self._removal: weakref.finalize | None = None

    def peek(self, version: int, key: Hashable) -> KeptFile | None:
        self._see(version)
        found = self._entries.get(key)
        if found is not None:
            self._entries.move_to_end(key)
        return found

    def spill(self, version: int, key: Hashable, headers: list[tuple[bytes, bytes]]) -> Spill | None:
        """A file to write an answer's body to, or None when nothing can be kept (no budget, no disk space)."""
        self._see(version)
        if self.max_bytes <= 0:
            return None
        try:
            handle, name = tempfile.mkstemp(dir=self.folder(), suffix=".body")
        except OSError:
            return None  # a full or read-only disk costs the copy, never the answer
        return Spill(self, version, key, list(headers), os.fdopen(handle, "wb"), Path(name))

    def folder(self) -> Path:
        if self._folder is None:
            parent = Path(self._parent or tempfile.gettempdir())
            _remove_orphans(parent)
            self._folder = Path(tempfile.mkdtemp(prefix=f"{PREFIX}{os.getpid()}-", dir=parent))
            self._removal = weakref.finalize(self, shutil.rmtree, self._folder, True)
        return self._folder

    def close(self) -> None:
        """Every kept file goes, and the folder made for them."""
        self._see(None)
        if self._removal is not None:
            self._removal()
        self._folder, self._removal = self._given, None

    def _see(self, version: int | None) -> None:
        """A new data version: every file of the one before is deleted."""
        if version != self._version:
            self._version = version
            while self._entries:
                self._drop_oldest()

    def _keep(self, spill: Spill) -> None:
        if spill.version != self._version or spill.size > self.max_bytes:
            spill.abandon()
            return
        old = self._entries.pop(spill.key, None)
        if old is not None:
            self._bytes -= old.size
            old.path.unlink(missing_ok=True)
        self._entries[spill.key] = KeptFile(spill.headers, spill.path, spill.size)
        self._bytes += spill.size
        while self._bytes > self.max_bytes and self._entries:
            self._drop_oldest()

    def _drop_oldest(self) -> None:
        _, dropped = self._entries.popitem(last=False)
        self._bytes -= dropped.size
        dropped.path.unlink(missing_ok=True)
