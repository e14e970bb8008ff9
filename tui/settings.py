"""The user's settings: the theme and which side panes show, kept between runs.

One small JSON file, ``settings.json``, in the user config directory (``platformdirs``),
or in ``$NEWSREADER_CONFIG`` (a directory; the tests use it). Written atomically on each
change (``tui.atomic``). A file that cannot be read or is not what it should be never
stops the reader: the defaults are used, the user is told once, and the next change
writes a good file over it. No Textual here: the App reads it before it starts.
"""
from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, replace
from pathlib import Path

ENV_VAR = "NEWSREADER_CONFIG"
FILE_NAME = "settings.json"


@dataclass(frozen=True)
class Settings:
    theme: str | None = None  # None: the default theme
    show_highlights: bool = True  # the parties and quotes pane, on a wide terminal
    show_demands: bool = True  # the demands panel, on a wide terminal

    def changed(self, **fields: object) -> Settings:
        return replace(self, **fields)  # type: ignore[arg-type]


def config_dir() -> Path:
    env = os.environ.get(ENV_VAR)
    if env:
        return Path(env).expanduser()
    from platformdirs import user_config_dir

    return Path(user_config_dir("newsreader", appauthor=False))


def settings_file() -> Path:
    return config_dir() / FILE_NAME


def load_settings(path: Path | None = None) -> tuple[Settings, str]:
    """The saved settings, and a problem to tell the user ("" if none). A missing file is
    no problem (the defaults); an unreadable or malformed one is (the defaults too)."""
    path = path or settings_file()
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return Settings(), ""
    except (OSError, UnicodeDecodeError) as exc:
        return Settings(), f"Could not read the settings ({path}): {exc}; using the defaults."
    try:
        data = json.loads(raw)
        if not isinstance(data, dict):
            raise ValueError("not a JSON object")
        theme = data.get("theme")
        if theme is not None and not isinstance(theme, str):
            raise ValueError("theme is not a string")
        panes = {}
        for name in ("show_highlights", "show_demands"):
            value = data.get(name, True)
            if not isinstance(value, bool):
                raise ValueError(f"{name} is not true or false")
            panes[name] = value
    except ValueError as exc:  # json.JSONDecodeError is a ValueError
        return Settings(), f"The settings file {path} is damaged ({exc}); using the defaults."
    return Settings(theme=theme or None, **panes), ""


def save_settings(settings: Settings, path: Path | None = None) -> None:
    """Write the settings atomically. Raises OSError."""
    from .atomic import write_atomic

    path = path or settings_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(path, json.dumps(asdict(settings), indent=2) + "\n")
