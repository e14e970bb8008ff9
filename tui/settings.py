"""The user's settings: the theme and which side panes show, kept between runs.

One small JSON file, ``settings.json``, in the user config directory (``platformdirs``),
or in ``$NEWSREADER_CONFIG`` (a directory; the tests use it). Written atomically on each
change (``tui.atomic``). A file that cannot be read or is not what it should be never
stops the reader: the defaults are used, the user is told once, and the next change
writes a good file over it. No Textual here: the App reads it before it starts.
"""
from __future__ import annotations

import os
from pathlib import Path

ENV_VAR = "NEWSREADER_CONFIG"
FILE_NAME = "settings.json"


class Settings:
    """What is kept. A plain class, not a dataclass: it is made on every start, and a
    dataclass's generated methods cost a millisecond or more to build."""

    __slots__ = ("theme", "show_highlights", "show_demands")

    def __init__(self, theme: str | None = None, show_highlights: bool = True,
                 show_demands: bool = True) -> None:
        self.theme = theme  # None: the default theme
        self.show_highlights = show_highlights  # the parties and quotes pane, when wide
        self.show_demands = show_demands  # the demands panel, when wide

    def as_dict(self) -> dict[str, object]:
        return {name: getattr(self, name) for name in self.__slots__}

    def changed(self, **fields: object) -> Settings:
        return Settings(**{**self.as_dict(), **fields})  # type: ignore[arg-type]

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Settings) and self.as_dict() == other.as_dict()

    def __repr__(self) -> str:
        return f"Settings({', '.join(f'{k}={v!r}' for k, v in self.as_dict().items())})"


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
    import json  # only when there is a file: not on every start

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
    import json

    from .atomic import write_atomic

    path = path or settings_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(path, json.dumps(settings.as_dict(), indent=2) + "\n")
