"""From rendered content to files: destinations, overwrite refusal, atomic writes.

Everything is rendered before anything is written, and all files of one export are
written atomically together, so a failed export leaves nothing behind.
"""
from __future__ import annotations

import os
from pathlib import Path

from ..atomic import TEMP_SUFFIX, write_many_atomic
from ..model import Annotations
from . import ExportFormat
from .common import stem


class ExportError(Exception):
    """An export that cannot be done; the message is one line for the user."""


def default_destination(fmt: ExportFormat, docs: list[Annotations], directory: Path) -> Path:
    name = stem(docs[0]) if len(docs) == 1 else "newsreader-export"
    return directory / f"{name}{fmt.suffix}"


def render_files(fmt: ExportFormat, docs: list[Annotations], dest: Path | None) -> dict[Path | None, str]:
    """{path: content}; the path None means standard output."""
    try:
        rendered = fmt.render(docs)
    except ValueError as exc:
        raise ExportError(str(exc)) from None
    if fmt.directory:
        if dest is None:
            raise ExportError(f"{fmt.name} writes several files; give -o DIRECTORY, not -")
        return {dest / name: content for name, content in rendered.items()}
    return {dest: rendered[""]}


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.exists() and b.exists() and os.path.samefile(a, b)
    except OSError:
        return False


def check_destination(fmt: ExportFormat, dest: Path, files: list[Path], *, force: bool,
                      inputs: list[Path] = ()) -> None:
    """Raise ExportError for a destination we must not or cannot write."""
    try:
        _check_destination(fmt, dest, files, force=force, inputs=inputs)
    except OSError as exc:  # e.g. a directory on the way that we may not search
        raise ExportError(f"cannot write {dest}: {exc.strerror or exc}") from None


def _check_destination(fmt: ExportFormat, dest: Path, files: list[Path], *, force: bool,
                       inputs: list[Path] = ()) -> None:
    parent = dest.parent
    if not parent.exists():
        raise ExportError(f"cannot write {dest}: the directory {parent} does not exist")
    if not parent.is_dir():
        raise ExportError(f"cannot write {dest}: {parent} is not a directory")
    if fmt.directory and dest.exists() and not dest.is_dir():
        raise ExportError(f"cannot write {dest}: it exists and is not a directory")
    if not fmt.directory and dest.is_dir():
        raise ExportError(f"cannot write {dest}: it is a directory")
    for f in files:
        if any(_same_file(f, i) for i in inputs):
            raise ExportError(f"refusing to overwrite the article {f} with its own export")
        if f.is_symlink() and not f.exists():
            raise ExportError(f"cannot write {f}: it is a symbolic link to nothing")
        if f.exists() and not f.is_file():
            # A device, a FIFO, a socket (or a link to one): never replaced by a file.
            raise ExportError(f"cannot write {f}: it exists and is not a regular file")
        if f.exists() and not force:
            raise ExportError(f"{f} already exists; use --force to overwrite it")
    writable = dest if fmt.directory and dest.exists() else parent
    if not os.access(writable, os.W_OK | os.X_OK):
        raise ExportError(f"cannot write {dest}: permission denied")


def _target(exc: OSError, dest: Path) -> str:
    """The file the user named in an error of link() or rename(): their second name (the
    first is our temporary file, which means nothing to the user)."""
    name = exc.filename2 or exc.filename
    if not name or (Path(name).name.startswith(".") and str(name).endswith(TEMP_SUFFIX)):
        return str(dest)
    return str(name)


def write_files(fmt: ExportFormat, dest: Path, files: dict[Path, str], *, force: bool,
                inputs: list[Path] = ()) -> list[Path]:
    """Write the export atomically. Returns the files written."""
    check_destination(fmt, dest, list(files), force=force, inputs=list(inputs))
    created_dir = False
    if fmt.directory and not dest.exists():
        try:
            dest.mkdir()
            created_dir = True
        except OSError as exc:
            raise ExportError(f"cannot create {dest}: {exc.strerror or exc}") from None
    try:
        write_many_atomic(files, overwrite=force)
    except FileExistsError as exc:
        raise ExportError(f"{_target(exc, dest)} already exists; use --force to overwrite it") from None
    except OSError as exc:
        if created_dir:
            try:
                dest.rmdir()
            except OSError:
                pass
        raise ExportError(f"cannot write {_target(exc, dest)}: {exc.strerror or exc}") from None
    return list(files)
