"""Reading articles from disk: decoding, sanitising, and finding their blocks.

Article text is untrusted. Control characters are replaced one for one, so
every offset computed later still points at the same place in the source text.
The text before replacement is kept as ``Article.source_text`` for the one
output that must equal the file: the annotations JSON (which escapes them).
"""
from __future__ import annotations

import os
import re
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from ..model import Block, Source

# CPython's own sha256 module (what hashlib falls back to): importing hashlib loads
# OpenSSL for this one digest per article. Start-up trick, kept: hashlib would be 2.4 ms
# more before the reader's first frame (min of 150 cold processes; median 3.1 ms), over
# the 2 ms bar.
try:
    from _sha256 import sha256 as _sha256  # CPython 3.11
except ImportError:  # pragma: no cover - other Pythons
    try:
        from _sha2 import sha256 as _sha256  # CPython 3.12+
    except ImportError:
        from hashlib import sha256 as _sha256

# C0 controls except tab and newline, DEL, C1 controls, and the bidi embeddings,
# overrides and isolates that can make text display in an order other than its own.
CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
REPLACEMENT = "\ufffd"
MARKDOWN_SUFFIXES = {".md", ".markdown", ".mdown", ".mkd"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
_TITLE_MAX = 120
DEFAULT_MAX_MB = 20  # larger files are refused (--max-mb): no news article is this long


class IngestError(Exception):
    """An article that cannot be read; the message is one line naming the file."""


InlineKind = Literal["em", "strong", "code", "strike", "link"]


@dataclass(frozen=True, slots=True)
class Inline:
    """Inline formatting of a Markdown article over text offsets [start, end); a link has
    its target (as written: untrusted, shown only through the reader's sanitiser)."""

    start: int
    end: int
    kind: InlineKind
    target: str = ""


@dataclass(frozen=True, slots=True)
class Article:
    """An article as read: its text (one-for-one replacements made), its blocks and source."""

    text: str
    blocks: list[Block]
    source: Source
    notice: str = ""  # e.g. "decoded as cp1252", for the user
    source_text: str = ""  # the text before control characters were replaced; "" if none were
    # Markdown only (see markdown.py): inline formatting, each block's list marker ("" when
    # none; empty for plain text), and the blocks that end a list.
    inline: tuple[Inline, ...] = ()
    markers: tuple[str, ...] = ()
    list_ends: frozenset[int] = frozenset()


def sanitize(text: str) -> str:
    """Replace control characters one for one so offsets are preserved."""
    return CONTROL.sub(REPLACEMENT, text)


def normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def nearly_utf8(data: bytes) -> tuple[str, int] | None:
    """(text, bytes replaced) when data is UTF-8 but for a few stray bytes, else None.

    A stray byte in a UTF-8 file must not send the whole file to the detector (which
    then reads its curly quotes as cp1125: "тАЬWe will"). "A few": at most 8, or one in
    a thousand bytes, and at least twice as many valid multi-byte characters, which a
    legacy single-byte file (every accent invalid UTF-8) almost never has by chance."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count(REPLACEMENT) - data.count(REPLACEMENT.encode("utf-8"))
    multibyte = sum(1 for c in text if c > "\x7f") - text.count(REPLACEMENT)
    if 0 < bad <= max(8, len(data) // 1000) and multibyte >= 2 * bad:
        return text, bad
    return None


def decode(data: bytes, name: str) -> tuple[str, str, int]:
    """Decode bytes as UTF-8 (BOM allowed), else detect the encoding. Returns (text,
    encoding, the number of invalid bytes replaced)."""
    if data.startswith(b"\xef\xbb\xbf"):
        text = data[3:].decode("utf-8", errors="replace")
        return text, "utf-8-sig", text.count(REPLACEMENT) - data.count(REPLACEMENT.encode("utf-8"))
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16", 0
        except UnicodeDecodeError as exc:
            raise IngestError(f"{name}: not valid UTF-16 text ({exc.reason})") from None
    try:
        return data.decode("utf-8"), "utf-8", 0
    except UnicodeDecodeError:
        pass
    nearly = nearly_utf8(data)
    if nearly is not None:
        return nearly[0], "utf-8", nearly[1]
    if b"\x00" in data:
        raise IngestError(f"{name}: looks like a binary file, not an article")
    from charset_normalizer import from_bytes  # imported lazily: only odd files need it

    matches = from_bytes(data)
    best = matches.best()
    if best is None or best.encoding is None:
        raise IngestError(f"{name}: cannot tell the text encoding; save it as UTF-8")
    encoding = best.encoding
    # On short texts the detector often ranks a Central European or Baltic code page
    # (cp1250, cp1257, DOS cp775) at or just above cp1252, turning "naïve" into "naďve" or
    # "naļve". Western news in a single-byte encoding is nearly always cp1252, so take it
    # whenever the detector finds it about as plausible as its best guess.
    if best.encoding != "cp1252" and any(
        "cp1252" in (m.could_be_from_charset or [m.encoding])
        and m.chaos <= best.chaos + 0.1 and m.coherence >= best.coherence - 0.05
        for m in matches
    ):
        encoding = "cp1252"
    # Western news in a single-byte encoding is nearly always Windows-1252, a superset of Latin-1.
    if encoding in {"latin_1", "iso8859_1", "iso8859_15"}:
        encoding = "cp1252"
    try:
        return data.decode(encoding), encoding, 0
    except (UnicodeDecodeError, LookupError):
        text = data.decode("cp1252", errors="replace")
        return text, "cp1252", text.count(REPLACEMENT)  # cp1252 has no U+FFFD of its own


def _looks_binary(text: str) -> bool:
    if "\x00" in text:
        return True
    sample = text[:4096]
    bad = len(CONTROL.findall(sample))
    return bad > max(8, len(sample) // 20)


def text_blocks(text: str) -> list[Block]:
    """Every non-blank line is a paragraph: news text uses single or blank-line breaks."""
    blocks: list[Block] = []
    pos = 0
    while True:  # line by line, not text.split("\n"): no second copy of a big text at once
        nl = text.find("\n", pos)
        line = text[pos:] if nl < 0 else text[pos:nl]
        stripped = line.strip()
        if stripped:
            lead = len(line) - len(line.lstrip())
            blocks.append(Block(pos + lead, pos + lead + len(stripped)))
        if nl < 0:
            return blocks
        pos = nl + 1


def title_block(text: str, blocks: list[Block]) -> int | None:
    """Index of the block that is the article's title: a first heading, or a short first line."""
    for i, b in enumerate(blocks):
        if b.kind == "heading":
            return i
    if len(blocks) > 1 and blocks[0].end - blocks[0].start <= _TITLE_MAX:
        return 0
    return None


def guess_title(text: str, blocks: list[Block], fallback: str) -> str:
    i = title_block(text, blocks)
    return fallback if i is None else text[blocks[i].start:blocks[i].end]


def _fallback_title(path: Path) -> str:
    return re.sub(r"[-_]+", " ", path.stem).strip().capitalize() or path.name


def text_sha256(text: str) -> str:
    """The hex sha256 of the text's UTF-8 bytes: the article's identity (its notes' key)."""
    return _sha256(text.encode("utf-8")).hexdigest()


def load(path: str | Path, *, max_mb: float = DEFAULT_MAX_MB) -> Article:
    """Read one article. Raises IngestError with a one-line message on bad input."""
    p = Path(path)
    name = str(path)
    data = read_regular_file(p, name, max_mb)
    suffix = p.suffix.lower()
    return load_bytes(data, name, markdown=suffix in MARKDOWN_SUFFIXES, html=suffix in HTML_SUFFIXES)


def read_regular_file(path: Path, name: str, max_mb: float = DEFAULT_MAX_MB) -> bytes:
    """The bytes of a regular file of at most max_mb megabytes (2**20 bytes), else
    IngestError. A FIFO would block and /dev/zero never ends, so the type is checked on
    the open descriptor (O_NONBLOCK: opening a FIFO must not wait for a writer)."""
    limit = int(max_mb * 2**20)
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except (FileNotFoundError, NotADirectoryError):
        raise IngestError(f"{name}: no such file") from None
    except OSError as exc:  # also a directory we may not search
        raise IngestError(f"{name}: cannot read ({exc.strerror or exc})") from None
    try:
        st = os.fstat(fd)
        if stat.S_ISDIR(st.st_mode):
            raise IngestError(f"{name}: is a directory, not an article")
        if not stat.S_ISREG(st.st_mode):
            raise IngestError(f"{name}: is not a regular file (a FIFO, device or socket); "
                              "only files are read")
        if st.st_size > limit:
            raise _too_big(name, max_mb)
        with os.fdopen(fd, "rb") as fh:
            fd = -1  # closed by fh
            data = fh.read(limit + 1)  # + 1: a file growing while we read is caught too
    except OSError as exc:
        raise IngestError(f"{name}: cannot read ({exc.strerror or exc})") from None
    finally:
        if fd >= 0:
            os.close(fd)
    if len(data) > limit:
        raise _too_big(name, max_mb)
    return data


def _too_big(name: str, max_mb: float) -> IngestError:
    return IngestError(f"{name}: is larger than {max_mb:g} MB; "
                       "raise the limit with --max-mb if it really is an article")


def _notice(name: str, encoding: str, replaced: int) -> str:
    """What to tell the user about the decoding, or ""."""
    if replaced:
        places = "1 byte" if replaced == 1 else f"{replaced} bytes"
        return f"{name}: decoded as {encoding}; {places} not valid {encoding} replaced by {REPLACEMENT}"
    return "" if encoding.startswith("utf-8") else f"{name}: decoded as {encoding}"


def load_bytes(data: bytes, name: str, *, markdown: bool = False, html: bool = False) -> Article:
    if not data.strip():
        raise IngestError(f"{name}: is empty")
    raw, encoding, replaced = decode(data, name)
    return load_text(normalise_newlines(raw), name, markdown=markdown, html=html,
                     encoding=encoding, notice=_notice(name, encoding, replaced))


def load_text(raw: str, name: str, *, markdown: bool = False, html: bool = False,
              encoding: str = "utf-8", notice: str = "", title: str = "", id: str = "",
              url: str = "", date: str = "") -> Article:
    """An article from decoded text with universal newlines (``load_bytes`` after
    decoding; a corpus record's ``text``). ``title``, when given, is the article's title
    instead of the one guessed from its first lines; ``id``, ``url`` and ``date`` are the
    corpus record's, kept in its Source."""
    if _looks_binary(raw):
        raise IngestError(f"{name}: looks like a binary file, not an article")
    page_title = ""
    extras: dict = {}
    if html:
        from .html import html_to_text

        text, blocks, page_title = html_to_text(raw, name)
        fmt = "html"
    elif markdown:
        from .markdown import markdown_document

        doc = markdown_document(raw)
        text, blocks = doc.text, doc.blocks
        extras = {"inline": tuple(doc.inline), "markers": tuple(doc.markers),
                  "list_ends": frozenset(doc.list_ends)}
        fmt = "markdown"
    else:
        text, blocks = raw, text_blocks(raw)
        fmt = "text"
    source_text, text = text, sanitize(text)
    if not text.strip():
        raise IngestError(f"{name}: has no text")
    sha = text_sha256(text)
    if title:
        title = sanitize(" ".join(title.split()))
    if not title:
        i = title_block(text, blocks)  # (the file name's title made only when wanted: most texts have one)
        title = sanitize(text[blocks[i].start:blocks[i].end] if i is not None
                         else page_title or _fallback_title(Path(name)))
    source = Source(name, fmt, title, sha, encoding, url=url, date=date, id=id)
    return Article(text, blocks, source, notice, source_text if source_text != text else "",
                   **extras)
