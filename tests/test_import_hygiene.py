"""The engine and the data model stay light: importing them loads no Textual and no Rich."""
from __future__ import annotations

import json
import subprocess
import sys

PROBE = """
import json, sys
import tui.analysis, tui.ingest, tui.model, tui.ingest.markdown
from tui.analysis import analyze
from tui.ingest import load_bytes
analyze(load_bytes("“Yes,” he said.\\n# x".encode(), "a.md", markdown=True))
heavy = sorted(m for m in sys.modules if m.split(".")[0] in {"textual", "rich"})
print(json.dumps(heavy))
"""


def loaded_ui_modules(code: str) -> list[str]:
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout)


def test_engine_imports_no_textual_or_rich():
    assert loaded_ui_modules(PROBE) == []


def test_probe_can_see_a_ui_import():
    # the check above would notice if something did pull in Rich
    assert "rich" in loaded_ui_modules(PROBE.replace("import tui.analysis,", "import rich, tui.analysis,"))


def test_cli_analyze_imports_no_textual():
    code = (
        "import json, sys, io, contextlib\n"
        "from tui.cli.newsreader import main\n"
        "from tui.resources import SAMPLE_ARTICLE\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        "    assert main(['analyze', str(SAMPLE_ARTICLE)]) == 0\n"
        "print(json.dumps(sorted(m for m in sys.modules if m.split('.')[0] == 'textual')))\n"
    )
    assert loaded_ui_modules(code) == []


def test_library_and_its_commands_import_no_textual(tmp_path):
    code = (
        "import json, sys, io, contextlib\n"
        "import tui.library.db, tui.library.stories, tui.library.brief, tui.library.matching\n"
        "from tui.cli.newsreader import main\n"
        "from tui.resources import SAMPLE_ARTICLE\n"
        f"lib = {str(tmp_path / 'lib.sqlite3')!r}\n"
        "with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):\n"
        "    assert main(['library', 'add', '--library', lib, '--story', 's', str(SAMPLE_ARTICLE)]) == 0\n"
        "    assert main(['library', 'search', '--library', lib, 'truce']) == 0\n"
        "    assert main(['library', 'story', 's', '--library', lib, '--format', 'md']) == 0\n"
        "print(json.dumps(sorted(m for m in sys.modules if m.split('.')[0] == 'textual')))\n"
    )
    assert loaded_ui_modules(code) == []
