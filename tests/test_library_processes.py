"""Two processes adding articles to one library, and notes to the same articles, at once,
lose nothing (issue 21, must show 3)."""
from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

from tui.library.db import Library

WORKER = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from tui.analysis import analyze
    from tui.library.db import Library, read_article
    from tui.library.sources import file_source
    from tui.notes.store import NoteStore, target_for

    lib_path, notes, folder, me, go = sys.argv[1:6]
    while not Path(go).exists():
        time.sleep(0.005)
    paths = sorted(Path(folder).glob(f"{me}-*.txt")) + sorted(Path(folder).glob("shared-*.txt"))
    for round_ in range(2):
        for path in paths:
            lib = Library.open(lib_path)  # a fresh connection each time, as separate runs do
            article, raw = read_article(path)
            ann = analyze(article)
            lib.add(article, file_source(article, path), ann, raw=raw, story=f"story-{me}")
            lib.story_add("both", [lib.find(str(path)).id])
            lib.close()
            if path.name.startswith("shared") and round_ == 0:
                store = NoteStore.open(ann, notes)
                store.add_note(target_for(ann, "party", ann.parties[0].id), f"{me} on {path.name}")
""")


def test_two_processes_lose_no_article_and_no_note(tmp_path: Path):
    folder = tmp_path / "articles"
    folder.mkdir()
    for who in ("a", "b"):
        for i in range(8):
            (folder / f"{who}-{i}.txt").write_text(
                f"Article {who} {i}\n\nThe council of town {who}{i} demanded a new bridge, "
                f"mayor Ann Lee{i} said.\n")
    for i in range(5):
        (folder / f"shared-{i}.txt").write_text(
            f"Shared {i}\n\nNorthland demanded talks number {i}, envoy Ada Vance said.\n")
    lib_path, notes, go = tmp_path / "lib.sqlite3", tmp_path / "notes", tmp_path / "go"
    procs = [subprocess.Popen([sys.executable, "-c", WORKER, str(lib_path), str(notes),
                               str(folder), who, str(go)], stderr=subprocess.PIPE, text=True)
             for who in ("a", "b")]
    go.touch()
    for p in procs:
        _, err = p.communicate(timeout=240)
        assert p.returncode == 0, err
    with Library.open(lib_path) as lib:
        assert lib.count() == 21
        assert len(lib.story_ids("story-a")) == 13 and len(lib.story_ids("story-b")) == 13
        assert len(lib.story_ids("both")) == 21
        assert len({r.sha256 for r in lib.articles()}) == 21
    from tui.analysis import analyze
    from tui.library.db import read_article
    from tui.notes.store import NoteStore

    for i in range(5):
        ann = analyze(read_article(folder / f"shared-{i}.txt")[0])
        texts = sorted(n.text for n in NoteStore.open(ann, notes, readonly=True).notes)
        assert texts == [f"a on shared-{i}.txt", f"b on shared-{i}.txt"]
