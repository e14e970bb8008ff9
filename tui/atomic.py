"""Atomic file writes: a reader (or a crash) sees the old file or the new one, never half.

Write to a temporary file in the same directory, flush and fsync it, then rename it over
the target. ``overwrite=False`` links instead of renaming, so an existing file is never
replaced even if it appears between our check and our write.
"""
from __future__ import annotations

import os
import tempfile
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path

try:
    import fcntl
except ImportError:  # pragma: no cover - not POSIX: no advisory locks
    fcntl = None  # type: ignore[assignment]

TEMP_SUFFIX = ".tmp"


def _fsync_dir(directory: Path) -> None:
    # The rename itself is only durable once the directory entry is on disk.
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


_DEFAULT_MODE = 0o666 & ~_umask()  # what open() would give a new file


def _write_temp(path: Path, data: str | bytes, mode: int | None = None) -> Path:
    """Write data to a fresh temporary file beside path; return its path."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=TEMP_SUFFIX, dir=path.parent)
    try:
        os.fchmod(fd, _DEFAULT_MODE if mode is None else mode)  # mkstemp makes 0600
        with os.fdopen(fd, "wb") as fh:
            fh.write(data.encode("utf-8") if isinstance(data, str) else data)
            fh.flush()
            os.fsync(fh.fileno())
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return Path(tmp)


def _commit(tmp: Path, path: Path, overwrite: bool) -> None:
    try:
        if overwrite:
            os.replace(tmp, path)
        else:
            os.link(tmp, path)  # fails with FileExistsError if path exists
            tmp.unlink()
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def write_atomic(path: str | Path, data: str | bytes, *, overwrite: bool = True,
                 mode: int | None = None) -> None:
    """Replace path with data atomically. Raises FileExistsError if not overwrite and it exists.
    mode: permission bits of the new file (default: as open() would make it)."""
    p = Path(path)
    _commit(_write_temp(p, data, mode), p, overwrite)
    _fsync_dir(p.parent)


def write_many_atomic(files: Mapping[Path, str | bytes], *, overwrite: bool = True) -> None:
    """Write several files, each atomically; if one fails, the ones already written are removed.

    Used for exports made of several files (brat .txt + .ann): all appear, or none.
    """
    if not overwrite:
        for p in files:
            if p.exists():
                raise FileExistsError(17, "File exists", str(p))
    temps: dict[Path, Path] = {}
    done: list[Path] = []
    try:
        for p, data in files.items():
            temps[p] = _write_temp(p, data)
        for p, tmp in temps.items():
            _commit(tmp, p, overwrite)
            done.append(p)
    except BaseException:
        for tmp in temps.values():
            tmp.unlink(missing_ok=True)
        if not overwrite:
            for p in done:
                p.unlink(missing_ok=True)
        raise
    for parent in {p.parent for p in files}:
        _fsync_dir(parent)


@contextmanager
def locked(lock_file: Path) -> Iterator[None]:
    """Hold an exclusive advisory lock (flock) on lock_file, created if missing, so that
    read-merge-write cycles of several processes on the files it guards do not interleave."""
    fd = os.open(lock_file, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        if fcntl is not None:
            fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)  # closing releases the lock


def remove_stale_temps(path: Path, min_age: float = 60.0) -> None:
    """Remove the temporary files write_atomic left beside path when killed mid-write.
    Only ours (``.NAME.*.tmp``) and only ones untouched for min_age seconds; call it with
    the lock held, so that no live writer's file can be among them."""
    cutoff = time.time() - min_age
    try:
        temps = list(path.parent.glob(f".{_glob_escape(path.name)}.*{TEMP_SUFFIX}"))
    except OSError:
        return
    for tmp in temps:
        try:
            if tmp.is_file() and not tmp.is_symlink() and tmp.stat().st_mtime < cutoff:
                tmp.unlink()
        except OSError:
            pass  # best effort: a leftover costs only disk space


def _glob_escape(name: str) -> str:
    return "".join(f"[{c}]" if c in "*?[" else c for c in name)
