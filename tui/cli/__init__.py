"""The command line, and how ``newsreader`` starts.

- ``newsreader.py``: ``newsreader [PATH...]`` (the reader), ``newsreader analyze``, and the
  dispatch between them and ``export`` (the console script's ``main``);
- ``export.py``: ``newsreader export``;
- ``forked_analysis.py``: the first article analysed in a forked child while the reader
  imports its UI (fork only; elsewhere the reader analyses in process).

Nothing is imported here: ``newsreader analyze`` never loads Textual.
"""
