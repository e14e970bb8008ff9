"""The library: every article kept, analysed and searchable, and stories across them.

- ``db.py``: the SQLite database (schema versioned with ``PRAGMA user_version``, stepwise
  migrations, WAL, FTS5 search, a corrupt file set aside): ``Library``;
- ``sources.py``: what is known of an article's source besides its text (title, site,
  date and where the date came from, byline, URL);
- ``engine.py``: the analysis engine's version (stored analyses are recomputed when it
  changes);
- ``matching.py``: parties matched across articles (names and aliases, user corrections);
- ``stories.py``: a story's view: parties, their demands and rejections over time, quotes
  by speaker, the who-demands-what-of-whom matrix, suggestions;
- ``brief.py``: a story exported as a Markdown / HTML brief or JSON.

The user's notes and corrections stay in the notes store (``tui/notes/store.py``),
linked to library articles by the text's sha256. Nothing here imports Textual.
"""
