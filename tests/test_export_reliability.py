"""Export under hostile destinations and colliding names (issue 16)."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from test_export import SEED, env, export, one_line_error  # noqa: F401  (env is a fixture)


@pytest.mark.parametrize("make", ["fifo", "link-to-fifo", "chardev-link"])
def test_force_never_replaces_a_node_or_a_link_to_one(env, capsys, make):  # noqa: F811
    target = Path("out.json")
    if make == "fifo":
        os.mkfifo(target)
    elif make == "link-to-fifo":
        os.mkfifo("fifo")
        target.symlink_to("fifo")
    else:
        target.symlink_to("/dev/null")
    assert export(SEED, "--format", "json", "-o", str(target), "--force") == 2
    assert "is not a regular file" in one_line_error(capsys)
    assert target.is_symlink() or Path(target).is_fifo()
    if make != "fifo":
        assert not Path(os.readlink(target)).is_file()
    assert Path("/dev/null").is_char_device()


def test_brat_gives_every_article_its_own_pair_when_stems_collide(env, tmp_path, capsys):  # noqa: F811
    text = Path(SEED).read_text()
    b = tmp_path / "b"
    (b / "sub").mkdir(parents=True)
    paths = [b / "a.txt", b / "a-2.txt", b / "sub" / "a.txt"]
    for i, p in enumerate(paths):
        p.write_text(text.replace("Gaza", f"Gaza{i}", 1))
    assert export(*map(str, paths), "--format", "brat", "-o", "out") == 0
    assert "from 3 articles" in capsys.readouterr().err
    txts = sorted(p.name for p in Path("out").glob("*.txt"))
    assert txts == ["a-2.txt", "a-3.txt", "a.txt"]
    assert len(list(Path("out").glob("*.ann"))) == 3
    assert sorted(p.read_text() for p in Path("out").glob("*.txt")) == sorted(p.read_text() for p in paths)


@pytest.mark.parametrize("force", [False, True])
def test_dangling_output_link_is_reported_by_its_own_name(env, capsys, force):  # noqa: F811
    Path("out.json").symlink_to("nowhere/x.json")
    assert export(SEED, "--format", "json", "-o", "out.json", *(["--force"] if force else [])) == 2
    err = one_line_error(capsys)
    assert "out.json" in err and ".tmp" not in err
    assert Path("out.json").is_symlink()


@pytest.mark.parametrize("fmt", ["md", "html", "json"])
def test_store_with_wrong_types_is_refused_by_export_in_one_line(env, tmp_path, capsys, fmt):  # noqa: F811
    import json

    from tui.ingest import load

    store = tmp_path / "notes" / f"{load(SEED).source.sha256}.json"
    data = json.loads(store.read_text())
    data["corrections"][0]["speaker"] = 123
    store.write_text(json.dumps(data))
    assert export(SEED, "--format", fmt, "-o", "-") == 2
    assert "'speaker' is int" in one_line_error(capsys)
    assert export(SEED, "--format", fmt, "-o", "-", "--no-notes") == 0
