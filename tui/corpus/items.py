"""What a corpus is made of: article files, and the lines of JSONL corpus files.

An item is small and picklable: a file's path, or one raw line of a JSONL corpus with
the name it goes by (``corpus.jsonl:17``). Reading the file and parsing the line happen
where the item is analysed (``work.analyze_item``), on whichever core or machine that is.

Sources, in the order given: article files; a JSONL corpus file or ``-`` (standard input),
read line by line; a directory, walked for its article files in sorted order (an article
file given as an input is read as an article). Nothing
here holds more than one line, or one directory's listing, at a time.
"""
from __future__ import annotations

import os
import stat
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import BinaryIO

from ..ingest.files import HTML_SUFFIXES, MARKDOWN_SUFFIXES

# The files a directory is walked for: articles as `newsreader analyze PATH` reads them.
ARTICLE_SUFFIXES = frozenset({".txt"} | MARKDOWN_SUFFIXES | HTML_SUFFIXES)
STDIN = "-"


@dataclass(frozen=True, slots=True)
class FileItem:
    """An article file, read where it is analysed."""

    path: str
    size: int = 0  # its size in bytes where known, for progress


@dataclass(frozen=True, slots=True)
class RecordItem:
    """One line of a JSONL corpus: a JSON object with ``text`` and optionally ``id``,
    ``title``, ``url`` and ``date``. ``name`` is where it is (``corpus.jsonl:17``)."""

    line: bytes
    name: str

    @property
    def size(self) -> int:
        return len(self.line)


@dataclass(frozen=True, slots=True)
class BadItem:
    """Something that is not an article, found while reading the sources (a corpus line
    over the size limit, a directory that cannot be listed): reported in its place."""

    name: str
    message: str
    size: int = 0


Item = FileItem | RecordItem | BadItem


def record_name(source: str, lineno: int) -> str:
    return f"{'<stdin>' if source == STDIN else source}:{lineno}"


def iter_items(paths: Iterable[str], inputs: Iterable[str], *, max_mb: float) -> Iterator[Item]:
    """Every item of the corpus in order: the article files ``paths``, then each of the
    ``inputs`` (a JSONL file, ``-``, or a directory)."""
    for path in paths:
        yield FileItem(path, _size(path))
    for source in inputs:
        yield from source_items(source, max_mb=max_mb)


def corpus_file_size(source: str) -> int | None:
    """The size of ``source`` when it is a JSONL corpus file (not standard input, a
    directory, an article or a path that cannot be read): the one kind of input a Dask
    cluster reads in blocks; every other is read item by item (source_items)."""
    if source == STDIN:
        return None
    try:
        st = os.stat(source)
    except OSError:
        return None
    if stat.S_ISDIR(st.st_mode) or os.path.splitext(source)[1].lower() in ARTICLE_SUFFIXES:
        return None
    return st.st_size


def source_items(source: str, *, max_mb: float) -> Iterator[Item]:
    """The items of one ``--input``: standard input, a directory, or a JSONL file."""
    if source == STDIN:
        yield from jsonl_items(sys.stdin.buffer, STDIN, max_mb=max_mb)
        return
    try:
        st = os.stat(source)
    except OSError as exc:
        reason = "no such file or directory" if isinstance(exc, FileNotFoundError) else (
            f"cannot read ({exc.strerror or exc})")
        yield BadItem(source, f"{source}: {reason}")
        return
    if stat.S_ISDIR(st.st_mode):
        yield from directory_items(source)
        return
    if os.path.splitext(source)[1].lower() in ARTICLE_SUFFIXES:
        yield FileItem(source, st.st_size)  # an article, not a corpus file
        return
    try:
        fh = open(source, "rb")  # noqa: SIM115 - closed below, also when the reader stops early
    except OSError as exc:
        yield BadItem(source, f"{source}: cannot read ({exc.strerror or exc})")
        return
    with fh:
        yield from jsonl_items(fh, source, max_mb=max_mb)


def jsonl_items(fh: BinaryIO, source: str, *, max_mb: float, first_line: int = 1) -> Iterator[Item]:
    """One RecordItem per non-blank line. A line longer than the article limit is not
    read into memory: it is reported as a BadItem and skipped to its end."""
    limit = int(max_mb * 2**20)
    lineno = first_line - 1
    while True:
        line = fh.readline(limit + 1)
        if not line:
            return
        lineno += 1
        if len(line) > limit and not line.endswith(b"\n"):
            size = len(line)
            while line and not line.endswith(b"\n"):  # skip the rest of the line
                line = fh.readline(2**20)
                size += len(line)
            name = record_name(source, lineno)
            yield BadItem(name, f"{name}: is larger than {max_mb:g} MB; raise the limit with "
                          "--max-mb if it really is an article", size)
            continue
        if line.strip():
            yield RecordItem(line, record_name(source, lineno))


def directory_items(root: str) -> Iterator[Item]:
    """The article files under ``root`` (.txt, .md, .html and their kin), depth first in
    sorted order (a subdirectory where its name sorts). Hidden files and directories are
    skipped, and symbolic links to directories are not followed (no loops)."""
    try:
        entries = sorted(os.scandir(root), key=lambda e: e.name)
    except OSError as exc:
        yield BadItem(root, f"{root}: cannot list ({exc.strerror or exc})")
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        try:
            if entry.is_dir(follow_symlinks=False):
                yield from directory_items(entry.path)
            elif os.path.splitext(entry.name)[1].lower() in ARTICLE_SUFFIXES and entry.is_file():
                yield FileItem(entry.path, entry.stat().st_size)
        except OSError:
            yield FileItem(entry.path)  # reading it will say what is wrong


def _size(path: str) -> int:
    try:
        return os.stat(path).st_size
    except OSError:
        return 0


def source_size(source: str) -> int | None:
    """The bytes an ``--input`` holds, for progress: None for standard input."""
    if source == STDIN:
        return None
    try:
        st = os.stat(source)
    except OSError:
        return 0
    if stat.S_ISDIR(st.st_mode):
        return sum(item.size for item in directory_items(source))
    return st.st_size
