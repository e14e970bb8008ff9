"""Reading article files: encodings, newlines, control characters, blocks, titles, bad input."""
from __future__ import annotations

import os

import pytest

from tui.ingest import REPLACEMENT, IngestError, load, load_bytes, text_sha256
from tui.resources import SAMPLE_ARTICLE

NEWS = (
    "Senators reject budget deal\n"
    "\n"
    "“We will not sign this,” said Senator Jane Doe on Tuesday.\n"
    "The White House called the vote “a setback” for the country.\n"
)


def write(tmp_path, name: str, data: bytes):
    p = tmp_path / name
    p.write_bytes(data)
    return p


def block_texts(article) -> list[str]:
    return [article.text[b.start:b.end] for b in article.blocks]


# --- encodings -----------------------------------------------------------------------


def test_utf8_text_is_read_as_is(tmp_path):
    a = load(write(tmp_path, "budget.txt", NEWS.encode("utf-8")))
    assert a.text == NEWS
    assert a.source.encoding == "utf-8"
    assert a.source.format == "text"
    assert a.notice == ""


def test_utf8_bom_is_not_part_of_the_text(tmp_path):
    a = load(write(tmp_path, "bom.txt", b"\xef\xbb\xbf" + NEWS.encode("utf-8")))
    assert a.text == NEWS
    assert "\ufeff" not in a.text
    assert a.text.startswith("Senators")
    assert a.blocks[0].start == 0
    assert a.notice == ""  # UTF-8 with a BOM is nothing to tell the user about


@pytest.mark.parametrize("encoding", ["cp1252", "latin-1"])
def test_legacy_western_encodings_are_detected_and_reported(tmp_path, encoding):
    text = "Le café naïve de José Ångström a fermé. Garçon, l’addition!\nC’était déjà trop tard.\n"
    if encoding == "latin-1":
        text = text.replace("’", "'")  # Latin-1 has no curly apostrophe
    a = load(write(tmp_path, "cafe.txt", text.encode(encoding)))
    assert a.text == text
    assert a.source.encoding == "cp1252"  # Latin-1 is reported as its superset
    assert "cafe.txt" in a.notice and "cp1252" in a.notice


@pytest.mark.parametrize("text", [
    "“It’s over,” the minister said – and left… for good.\nNobody followed.\n",
    "Café naïve “quoted” text, said José.\nSecond line.\n",
    "Der Minister sagte, die Gespräche würden nächste Woche in München fortgesetzt.\n",
    "El ministro dijo que las negociaciones continuarán la próxima semana en España.\n",
], ids=["smart-quotes", "french", "german", "spanish"])
def test_short_cp1252_texts_decode_exactly(tmp_path, text):
    # short texts are where detectors guess cp1250/cp1257/cp775 and garble the accents
    a = load(write(tmp_path, "short.txt", text.encode("cp1252")))
    assert a.text == text
    assert a.source.encoding == "cp1252"
    assert a.notice == f"{tmp_path / 'short.txt'}: decoded as cp1252"


@pytest.mark.parametrize("encoding,text", [
    ("cp1250", "Příliš žluťoučký kůň úpěl ďábelské ódy. Řekl, že nic neví o té věci.\n"),
    ("cp1250", "Zażółć gęślą jaźń. Premier powiedział, że rząd nie zgodzi się na żadne ustępstwa.\n"),
    ("cp1251", "Министр заявил, что переговоры продолжатся на следующей неделе в Москве.\n"),
    ("cp1253", "Ο υπουργός δήλωσε ότι οι διαπραγματεύσεις θα συνεχιστούν την επόμενη εβδομάδα.\n"),
], ids=["czech", "polish", "russian", "greek"])
def test_other_legacy_encodings_are_still_detected(tmp_path, encoding, text):
    a = load(write(tmp_path, "other.txt", text.encode(encoding)))
    assert a.text == text
    assert a.source.encoding == encoding
    assert encoding in a.notice


def test_non_utf8_file_still_gets_analysed(tmp_path):
    from tui.analysis import analyze

    text = "“We are ready for talks,” said José Pérez.\nThe talks resume today.\n"
    ann = analyze(load(write(tmp_path, "talks.txt", text.encode("cp1252"))))
    assert [q.text for q in ann.quotes] == ["We are ready for talks"]


# --- newlines and control characters ------------------------------------------------


@pytest.mark.parametrize("newline", ["\r\n", "\r"])
def test_universal_newlines(newline):
    a = load_bytes(NEWS.replace("\n", newline).encode(), "crlf.txt")
    assert a.text == NEWS
    assert "\r" not in a.text
    assert block_texts(a)[0] == "Senators reject budget deal"


def test_control_characters_are_replaced_one_for_one():
    raw = "The minister spoke for an hour about the budget and the talks. " * 3 + "A \x1b[31mred\x1b[0m word, x\x9by, bell\x07, del\x7f, c1\x83, \u202eevil\u202c, \u2066iso\u2069.\tTab kept."
    a = load_bytes(raw.encode("utf-8"), "ctl.txt")
    assert len(a.text) == len(raw)  # offsets preserved
    expected = "".join(REPLACEMENT if ch in "\x1b\x9b\x07\x7f\x83\u202e\u202c\u2066\u2069" else ch for ch in raw)
    assert a.text == expected
    # the visible words are still at the offsets they had in the source
    for word in ("[31mred", "word", "evil", "iso", "Tab kept."):
        assert a.text.index(word) == raw.index(word)
    assert "\t" in a.text


def test_control_characters_in_title_are_replaced():
    a = load_bytes(b"Short \x1b[1mtitle\nBody text follows here.\n", "t.txt")
    assert a.source.title == "Short \ufffd[1mtitle"


def test_control_characters_in_markdown_are_replaced():
    a = load_bytes("# Head\x1bline\n\nBody \u202eevil\u202c text.\n".encode(), "c.md", markdown=True)
    assert "\x1b" not in a.text and "\u202e" not in a.text
    assert block_texts(a) == ["Head\ufffdline", "Body \ufffdevil\ufffd text."]


# --- plain-text blocks and titles ----------------------------------------------------


def test_paragraphs_split_on_blank_lines_and_single_newlines():
    raw = "First paragraph.\nSecond paragraph.\n\n\nThird   paragraph.\n  Indented fourth.  \n"
    a = load_bytes(raw.encode(), "p.txt")
    assert block_texts(a) == ["First paragraph.", "Second paragraph.", "Third   paragraph.", "Indented fourth."]
    assert all(b.kind == "paragraph" for b in a.blocks)


def test_title_is_a_short_first_line():
    assert load_bytes(NEWS.encode(), "x.txt").source.title == "Senators reject budget deal"


def test_seed_title_falls_back_to_file_name():
    a = load(SAMPLE_ARTICLE)
    first_line = a.text.split("\n", 1)[0]
    assert len(first_line) > 120  # the seed opens with a long paragraph, not a headline
    assert a.source.title == "Gaza truce talks"


def test_single_line_article_title_is_the_file_name():
    a = load_bytes(b"Only one line of text here.", "/some/dir/state_of-the_union.txt")
    assert a.source.title == "State of the union"


# --- markdown ------------------------------------------------------------------------

MARKDOWN = """\
# Truce talks *stall* in Cairo

Mediators met on **Tuesday**, according to [Reuters](https://example.com/r).
The talks went on_late_ into the night.

## What each side wants

- Israel wants the *release* of all hostages
- Hamas wants `guarantees`
  1. a ceasefire
  2. aid

> “We are closer than we have been,” an official said.
> Nobody confirmed it.

Setext heading
--------------

Final paragraph with a line  
break and an ![aerial photo](gaza.png) image.
"""


@pytest.fixture
def md_article(tmp_path):
    return load(write(tmp_path, "talks.md", MARKDOWN.encode()))


def test_markdown_blocks_have_kinds_levels_and_plain_text(md_article):
    a = md_article
    assert a.source.format == "markdown"
    got = [(a.text[b.start:b.end], b.kind, b.level) for b in a.blocks]
    assert got == [
        ("Truce talks stall in Cairo", "heading", 1),
        ("Mediators met on Tuesday, according to Reuters. The talks went on_late_ into the night.",
         "paragraph", 0),
        ("What each side wants", "heading", 2),
        ("Israel wants the release of all hostages", "list_item", 1),
        ("Hamas wants guarantees", "list_item", 1),
        ("a ceasefire", "list_item", 2),
        ("aid", "list_item", 2),
        ("“We are closer than we have been,” an official said. Nobody confirmed it.", "blockquote", 1),
        ("Setext heading", "heading", 2),
        ("Final paragraph with a line break and an aerial photo image.", "paragraph", 0),
    ]


def test_markdown_leaves_no_markup_characters(md_article):
    text = md_article.text
    for markup in ("#", "**", "*", "`", "[", "](", "> ", "- ", "1.", "![", "---", "https://"):
        assert markup not in text, markup


def test_markdown_blocks_are_ordered_disjoint_and_cover_all_words(md_article):
    a = md_article
    ends = [0]
    for b in a.blocks:
        assert 0 <= b.start < b.end <= len(a.text)
        assert b.start >= ends[-1]
        assert a.text[b.start:b.end] == a.text[b.start:b.end].strip()
        ends.append(b.end)
    # outside blocks there is only the whitespace between them
    outside = "".join(a.text[e:b.start] for e, b in zip(ends, a.blocks))
    assert outside.strip() == ""


def test_markdown_title_is_the_first_heading(md_article):
    assert md_article.source.title == "Truce talks stall in Cairo"


def test_markdown_suffix_variants(tmp_path):
    for name in ("a.markdown", "b.MD"):
        a = load(write(tmp_path, name, b"# Head\n\nSome *text*.\n"))
        assert a.source.format == "markdown"
        assert a.text == "Head\n\nSome text."


def test_markdown_with_crlf_and_bom(tmp_path):
    a = load(write(tmp_path, "w.md", b"\xef\xbb\xbf# Head\r\n\r\nOne\r\ntwo.\r\n"))
    assert a.text == "Head\n\nOne two."
    assert a.source.title == "Head"


def test_markdown_quotes_are_found_at_their_offsets(md_article):
    from tui.analysis import analyze

    ann = analyze(md_article)
    assert [q.text for q in ann.quotes] == ["We are closer than we have been"]
    q = ann.quotes[0]
    assert ann.text[q.start:q.end] == q.text


# --- bad input -----------------------------------------------------------------------


def assert_one_line_error(exc: IngestError, name: str):
    msg = str(exc)
    assert name in msg
    assert "\n" not in msg


def test_missing_file(tmp_path):
    with pytest.raises(IngestError) as e:
        load(tmp_path / "nope.txt")
    assert_one_line_error(e.value, "nope.txt")


def test_directory_is_not_an_article(tmp_path):
    with pytest.raises(IngestError) as e:
        load(tmp_path)
    assert_one_line_error(e.value, str(tmp_path))


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root can read chmod 000 files")
def test_unreadable_file(tmp_path):
    p = write(tmp_path, "secret.txt", NEWS.encode())
    p.chmod(0)
    try:
        with pytest.raises(IngestError) as e:
            load(p)
    finally:
        p.chmod(0o644)
    assert_one_line_error(e.value, "secret.txt")


@pytest.mark.parametrize("data", [
    b"",
    b"   \n\t\n  ",
    b"\r\n\r\n",
    b"\xef\xbb\xbf",
    b"\xef\xbb\xbf \n ",
], ids=["zero-bytes", "whitespace", "crlf-only", "bom-only", "bom-whitespace"])
def test_empty_inputs(tmp_path, data):
    with pytest.raises(IngestError) as e:
        load(write(tmp_path, "empty.txt", data))
    assert_one_line_error(e.value, "empty.txt")


def test_markdown_with_only_markup_is_empty(tmp_path):
    with pytest.raises(IngestError) as e:
        load(write(tmp_path, "rule.md", b"---\n\n***\n"))
    assert_one_line_error(e.value, "rule.md")


PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06\x00\x00\x00\x1f\xf3\xffa"


@pytest.mark.parametrize("data", [
    PNG,
    b"plain words\x00with a NUL byte",
    bytes(range(256)) * 4,
    b"\x01\x02\x03\x04\x05\x06\x07\x08\x0e\x0f\x10\x11\x12\x13\x14\x15\x16" * 20,
], ids=["png", "utf8-with-nul", "all-bytes", "control-soup"])
def test_binary_inputs(tmp_path, data):
    with pytest.raises(IngestError) as e:
        load(write(tmp_path, "blob.txt", data))
    assert_one_line_error(e.value, "blob.txt")
    assert "binary" in str(e.value) or "encoding" in str(e.value)


def test_sha256_is_of_the_text():
    import hashlib

    a = load_bytes(NEWS.encode(), "x.txt")
    assert a.source.sha256 == hashlib.sha256(a.text.encode()).hexdigest()
    for text in ("", "Gaza – “truce” 停火 🕊", "x" * 1_000_003):
        assert text_sha256(text) == hashlib.sha256(text.encode("utf-8")).hexdigest()


# --- nearly UTF-8 (issue 16, #17) ----------------------------------------------------


def test_utf8_with_one_stray_byte_is_read_as_utf8_and_the_user_told(tmp_path):
    text = "“We will not sign this,” said Senator Jane Doe.\n“Never,” she added.\n"
    data = text.encode("utf-8").replace(b"Jane", b"J\xe9ne")
    a = load(write(tmp_path, "stray.txt", data))
    assert a.text == text.replace("Jane", "J\ufffdne")
    assert a.source.encoding == "utf-8"
    assert "stray.txt" in a.notice and "1 byte not valid utf-8" in a.notice


def test_a_legacy_file_is_not_mistaken_for_nearly_utf8(tmp_path):
    text = "Le café naïve de José a fermé. “Déjà,” dit-il.\n"
    a = load(write(tmp_path, "cafe.txt", text.encode("cp1252")))
    assert a.text == text and a.source.encoding == "cp1252"
