"""Work for a second processor: a forked copy of this process prepares what the site engine
will ask for (page Markdown, data files, the search index) while the engine renders.

MkDocs renders pages one after another on one processor; preparing the digest's pages was
a tenth of a cold build on top of that. The copy is made with fork, so it holds the same
catalog and computes exactly what this process would (same code, same data), and sends each
result back through a pipe, in the order given, to a thread here that keeps it until asked.
Where fork is unsafe or missing (not Linux, other threads running) or fails, each task runs
here when its result is asked for: the same results, one processor. No site-engine types.
"""
from __future__ import annotations

import base64
import json
import logging
import os
import sys
import threading
import traceback
from collections.abc import Callable, Iterable
from typing import Any

log = logging.getLogger("mkdocs.plugins.digest")
Task = tuple[str, Callable[[], Any]]


class BackgroundError(RuntimeError):
    """A task failed in the forked copy (the message carries its traceback)."""


def can_fork() -> bool:
    """Whether forking this process now is safe: Linux, and no other thread running (a thread
    holding a lock at the fork would leave it held forever in the copy)."""
    return sys.platform.startswith("linux") and hasattr(os, "fork") and threading.active_count() == 1


class Background:
    """Results of named tasks, computed by a forked copy of this process or, failing that,
    here on demand."""

    def __init__(self, tasks: Iterable[Task], fork: bool = True) -> None:
        self._tasks = dict(tasks)
        self._results: dict[str, tuple[bool, Any]] = {}
        self._done = threading.Condition()
        self._finished = False
        self._pid = 0
        if fork and self._tasks and can_fork():
            self._fork()

    def _fork(self) -> None:
        read, write = os.pipe()
        try:
            pid = os.fork()
        except OSError as exc:
            os.close(read)
            os.close(write)
            log.info(f"digest: no second process ({exc}); pages are prepared in this one")
            return
        if pid == 0:  # the copy: compute everything, send it, and leave without cleaning up
            os.close(read)
            code = 0
            try:
                with os.fdopen(write, "wb") as out:
                    for name, task in self._tasks.items():
                        try:
                            line = json.dumps([name, True, _encode(task())], ensure_ascii=False)
                        except BaseException:   # sent back, raised where the result is asked for
                            line = json.dumps([name, False, traceback.format_exc()])
                        out.write(line.encode("utf-8") + b"\n")
            except BaseException:
                code = 1
            finally:
                os._exit(code)
        os.close(write)
        self._pid = pid
        threading.Thread(target=self._receive, args=(os.fdopen(read, "rb"),), daemon=True,
                         name="digest-background").start()

    def _receive(self, pipe: Any) -> None:
        """Keep every result the copy sends, until it is done or gone."""
        with pipe:
            for line in pipe:
                try:
                    name, ok, value = json.loads(line)
                except ValueError:
                    break
                with self._done:
                    self._results[name] = (ok, _decode(value) if ok else value)
                    self._done.notify_all()
        with self._done:
            self._finished = True
            self._done.notify_all()

    def result(self, name: str) -> Any:
        """A task's result (each is asked for once); its exception if it failed."""
        if self._pid:
            with self._done:
                self._done.wait_for(lambda: name in self._results or self._finished)
                found = self._results.pop(name, None)
            if found is not None:
                ok, value = found
                if not ok:
                    raise BackgroundError(f"{name} failed in the background process:\n{value}")
                return value
            # the copy ended without this result (killed, or out of memory): make it here
        return self._tasks[name]()

    def close(self) -> None:
        """Stop the copy if it still runs, and collect it."""
        if self._pid:
            pid, self._pid = self._pid, 0
            try:
                os.kill(pid, 9)
            except ProcessLookupError:
                pass
            try:
                os.waitpid(pid, 0)
            except ChildProcessError:
                pass


_BYTES = "\0bytes"


def _encode(value: Any) -> Any:
    """A result as JSON data: bytes tagged and in base64, tuples as lists."""
    if isinstance(value, bytes):
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
        return {k: _decode(v) for k, v in value.items()}
    return value
