"""Run a command and measure it: wall time, and peak memory of the process and of its whole tree."""
from __future__ import annotations

import os
import subprocess
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

PAGE = os.sysconf("SC_PAGE_SIZE")


@dataclass
class Measured:
    cmd: list[str]
    seconds: float
    returncode: int
    peak_rss: int        # bytes: the largest single process (wait4's ru_maxrss)
    peak_tree: int       # bytes: the largest sum over the process tree (sampled PSS, else RSS)
    cpu_s: float         # user + system CPU time of the process and the children it waited for
    stdout: str
    stderr: str

    @property
    def ok(self) -> bool:
        return self.returncode == 0

    def check(self) -> "Measured":
        """Raise with the command's error output when it failed."""
        if not self.ok:
            tail = "\n".join(self.stderr.strip().splitlines()[-15:])
            raise RuntimeError(f"command failed ({self.returncode}): {' '.join(self.cmd)}\n{tail}")
        return self


def _children() -> dict[int, list[int]]:
    tree: dict[int, list[int]] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            stat = Path(f"/proc/{entry.name}/stat").read_text()
        except OSError:
            continue
        # the command name may hold spaces and parentheses: fields start after the last ")"
        ppid = int(stat.rsplit(")", 1)[1].split()[1])
        tree.setdefault(ppid, []).append(int(entry.name))
    return tree


def _memory(pid: int) -> int:
    # PSS shares copy-on-write pages between forked workers fairly; RSS would count them twice.
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1]) * 1024
    except (OSError, ValueError):
        pass
    try:
        return int(Path(f"/proc/{pid}/statm").read_text().split()[1]) * PAGE
    except (OSError, ValueError, IndexError):
        return 0


def tree_memory(root: int) -> int:
    """Memory of a process and all its descendants, in bytes."""
    tree, total, todo = _children(), 0, [root]
    while todo:
        pid = todo.pop()
        total += _memory(pid)
        todo += tree.get(pid, [])
    return total


def run(cmd: list[str], cwd: Path | None = None, env: dict | None = None, interval: float = 0.5,
        timeout: float | None = None) -> Measured:
    """Run cmd to completion; output goes through files so a chatty command cannot block on a pipe."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=cwd, env=env, stdout=out, stderr=err)
        peak = [0]
        done = threading.Event()

        def sample() -> None:
            while not done.is_set():
                peak[0] = max(peak[0], tree_memory(proc.pid))
                done.wait(interval)

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        killer = threading.Timer(timeout, proc.kill) if timeout else None
        if killer:
            killer.start()
        # wait4 gives this child's own rusage (RUSAGE_CHILDREN would keep the max of every
        # command this process ever ran).
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - start
        if killer:
            killer.cancel()
        done.set()
        sampler.join()
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        return Measured(list(map(str, cmd)), seconds, proc.returncode, usage.ru_maxrss * 1024,
                        max(peak[0], usage.ru_maxrss * 1024), usage.ru_utime + usage.ru_stime,
                        out.read().decode("utf-8", "replace"), err.read().decode("utf-8", "replace"))
