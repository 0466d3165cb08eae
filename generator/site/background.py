"""A helper process: a forked copy of this process that works through a program and leaves its
results where this process finds them when it needs them.

MkDocs renders pages one after another on one processor. The helper, a copy made with fork,
holds the same site and computes exactly what this process would (same code, same data): it
prepares the pages ahead of this process (`position` says how far this one got, so that the
helper skips what is already done), then the data files and the search index. Results go into memory
shared by both processes, appended one after another, so the helper never waits for this
process (a pipe would make it wait on every page until this process's thread got a turn).
Each entry is JSON (text, numbers, lists, dicts; bytes tagged), so nothing read back can make
objects of its own, and carries a CRC, so an entry seen before it is fully written is simply
not taken yet. A result the helper did not leave (it stopped, failed, ran out of room, or was
never started) is made by this process instead.

Fork is used only where it is safe: on Linux, with no other thread running (a thread holding
a lock at the fork would leave it held forever in the copy). No site-engine types here.
"""
from __future__ import annotations

import base64
import json
import logging
import mmap
import os
import struct
import sys
import threading
import time
import traceback
import zlib
from collections.abc import Callable
from typing import Any

log = logging.getLogger("mkdocs.plugins.digest")
SIZE = 1 << 30                 # address space for results; only what is written takes memory
_HEAD = struct.Struct("qqqq")   # entries written, bytes used, helper finished, main's position
_ENTRY = struct.Struct("qqI")  # name length, payload length, CRC-32 of both
_BYTES, _TEXT = "\0bytes", "\0text"


def can_fork() -> bool:
    """Whether forking this process now is safe."""
    return sys.platform.startswith("linux") and hasattr(os, "fork") and threading.active_count() == 1


class Link:
    """The helper's side: leave results, and see how far the main process got."""

    def __init__(self, shared: mmap.mmap) -> None:
        self._shared = shared

    def send(self, name: str, value: Any) -> bool:
        """Leave one result; False when there is no room left for it."""
        key = name.encode("utf-8")
        payload = json.dumps(_encode(value), ensure_ascii=False).encode("utf-8")
        count, used = _HEAD.unpack_from(self._shared, 0)[:2]
        start = _HEAD.size + used
        end = start + _ENTRY.size + len(key) + len(payload)
        if end > len(self._shared):
            return False
        _ENTRY.pack_into(self._shared, start, len(key), len(payload), zlib.crc32(payload, zlib.crc32(key)))
        self._shared[start + _ENTRY.size:end] = key + payload
        struct.pack_into("qq", self._shared, 0, count + 1, end - _HEAD.size)   # published last
        return True

    def position(self) -> int:
        """The main process's position, as it last told it."""
        return int(_HEAD.unpack_from(self._shared, 0)[3])

    def finish(self) -> None:
        """Say that nothing more will come."""
        struct.pack_into("q", self._shared, 16, 1)


class Helper:
    """A helper process running `program`, or none (then every result is made here)."""

    def __init__(self, program: Callable[[Link], None]) -> None:
        self._shared = mmap.mmap(-1, SIZE)    # anonymous and MAP_SHARED: seen by both processes
        self._index: dict[str, tuple[int, int, int]] = {}   # name → (offset, length, crc)
        self._seen = 0
        self._read = 0
        self._pid = 0
        self._exited = False   # collected already: its id may belong to another process now
        self._detached = False
        if can_fork():
            self._start(program)

    def _start(self, program: Callable[[Link], None]) -> None:
        try:
            pid = os.fork()
        except OSError as exc:
            log.info(f"digest: no helper process ({exc}); all work is done in this one")
            return
        if pid == 0:  # the copy: run the program, and leave without any of this process's cleanup
            link = Link(self._shared)
            code = 0
            try:
                program(link)
            except BaseException:   # what it did not leave is made by the main process
                link.send("!failed", traceback.format_exc())
                code = 1
            finally:
                link.finish()
                os._exit(code)
        self._pid = pid

    @property
    def started(self) -> bool:
        """Whether a helper process was started (it may have finished since)."""
        return bool(self._pid)

    def detach(self) -> None:
        """In a copy of this process forked since: read results only, never steer the helper."""
        # The helper is not this copy's child, and its position is the main process's to tell.
        self._detached = True

    def tell(self, position: int) -> None:
        """Let the helper know how far this process got."""
        if not self._detached:
            struct.pack_into("q", self._shared, 24, position)

    def _scan(self) -> bool:
        """Index the entries written since the last look; whether the helper has finished."""
        count, used, done, _ = _HEAD.unpack_from(self._shared, 0)
        while self._seen < count:
            start = _HEAD.size + self._read
            names, length, crc = _ENTRY.unpack_from(self._shared, start)
            body = start + _ENTRY.size
            if not (0 < names <= 4096 and 0 <= length and body + names + length <= len(self._shared)):
                break   # not visible whole yet (weakly ordered memory): look again later
            try:
                name = bytes(self._shared[body:body + names]).decode("utf-8")
            except UnicodeDecodeError:
                break
            self._index[name] = (body + names, length, crc)
            self._read = body + names + length - _HEAD.size
            self._seen += 1
            if name == "!failed":
                log.info(f"digest: the helper process stopped; this one does the rest:\n{self._get(name)}")
        return bool(done)

    def _alive(self) -> bool:
        if not self._exited and os.waitpid(self._pid, os.WNOHANG) != (0, 0):
            self._exited = True
        return not self._exited

    def _get(self, name: str) -> Any:
        offset, length, crc = self._index.pop(name)
        data = bytes(self._shared[offset:offset + length])
        if zlib.crc32(data, zlib.crc32(name.encode("utf-8"))) != crc:
            return None   # not whole: never taken (this process makes it)
        return _decode(json.loads(data))

    def take(self, name: str) -> tuple[bool, Any]:
        """A result if the helper has left it (True, value), without waiting; else (False, None)."""
        if not self._pid:
            return False, None
        if name not in self._index:
            self._scan()
        if name in self._index:
            value = self._get(name)
            return value is not None, value
        return False, None

    def wait(self, name: str) -> tuple[bool, Any]:
        """A result once the helper leaves it (True, value), or (False, None) if it never will."""
        while self._pid and not self._detached:
            if name not in self._index and not self._scan() and self._alive():
                if name not in self._index:
                    time.sleep(0.002)
                    continue
            return self.take(name)   # left, given back, or never: the helper has finished
        return self.take(name) if self._detached else (False, None)

    def close(self) -> None:
        """Stop the helper if it still runs, and collect it."""
        if self._pid:
            pid, self._pid = self._pid, 0
            if not self._exited:
                try:
                    os.kill(pid, 9)
                    os.waitpid(pid, 0)
                except (ProcessLookupError, ChildProcessError):
                    pass
        self._index.clear()
        self._shared.close()


def _encode(value: Any) -> Any:
    """A result as JSON data: bytes tagged (as text when they are UTF-8), tuples as lists."""
    if isinstance(value, bytes):
        try:
            return {_TEXT: value.decode("utf-8")}
        except UnicodeDecodeError:
            return {_BYTES: base64.b64encode(value).decode("ascii")}
    if isinstance(value, (list, tuple)):
        return [_encode(v) for v in value]
    if isinstance(value, dict):
        return {k: _encode(v) for k, v in value.items()}
    return value


def _decode(value: Any) -> Any:
    if isinstance(value, list):
        return [_decode(v) for v in value]
    if isinstance(value, dict):
        if len(value) == 1 and _BYTES in value:
            return base64.b64decode(value[_BYTES])
        if len(value) == 1 and _TEXT in value:
            return str(value[_TEXT]).encode("utf-8")
        return {k: _decode(v) for k, v in value.items()}
    return value
