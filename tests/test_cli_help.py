"""The command line as users of CLI tools expect it (issue 18 #11): `newsreader -h` lists
the commands, each command has its own -h, `--version` prints the installed version, and
every command reports a usage error the same way, in one line."""
from __future__ import annotations

from importlib.metadata import version

import pytest

from tui.cli.newsreader import COMMANDS, main


def run(capsys, *argv: str) -> tuple[int, str, str]:
    try:
        status = main(list(argv))
    except SystemExit as exit_:
        status = exit_.code  # type: ignore[assignment]
    out, err = capsys.readouterr()
    return status, out, err


def test_version_is_the_installed_one(capsys):
    assert run(capsys, "--version") == (0, f"newsreader {version('newsreader')}\n", "")


def test_help_lists_every_command(capsys):
    status, out, err = run(capsys, "-h")
    assert status == 0 and err == ""
    assert out.startswith("usage: newsreader [-h] [--version] [COMMAND] [ARGS ...]")
    for name, (_module, _function, summary) in COMMANDS.items():
        assert f"    {name}" in out and summary.split()[0] in out
    assert "newsreader COMMAND -h" in out.replace("`", "")


@pytest.mark.parametrize("command, usage", [
    ("read", "usage: newsreader [read] [-h] [--notes DIR] [--max-mb MB] [--offline] [PATH ...]"),
    ("analyze", "usage: newsreader analyze [-h]"),
    ("export", "usage: newsreader export [-h] --format F"),
])
def test_each_command_has_its_own_help(capsys, command, usage):
    status, out, _ = run(capsys, command, "-h")
    assert status == 0 and out.startswith(usage)


def test_export_help_lists_formats_without_nested_parentheses(capsys):
    _, out, _ = run(capsys, "export", "-h")
    assert "((" not in out and "))" not in out
    formats = out.split("formats:\n", 1)[1]
    assert "  md           Markdown brief" in formats


@pytest.mark.parametrize("argv, message", [
    (["analyze"], "newsreader analyze: give at least one PATH, or --input SOURCE "
                  "(see `newsreader analyze -h`)"),
    (["export"], "newsreader export: the following arguments are required: PATH, --format/-f "
                 "(see `newsreader export -h`)"),
    (["analyze", "--bogus", "a.txt"], "newsreader analyze: unrecognized arguments: --bogus "
                                      "(see `newsreader analyze -h`)"),
    (["export", "a.txt", "--bogus", "-f", "md"], "newsreader export: unrecognized arguments: "
                                                 "--bogus (see `newsreader export -h`)"),
])
def test_usage_errors_read_the_same_for_every_command(capsys, argv, message):
    assert run(capsys, *argv) == (2, "", message + "\n")
