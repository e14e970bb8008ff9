"""The command line, and how ``newsreader`` starts.

- ``newsreader.py``: ``newsreader [PATH...]`` (the reader), ``newsreader analyze``, and the
  dispatch between them and ``export`` (the console script's ``main``);
- ``export.py``: ``newsreader export``;
- ``corpus.py``: ``analyze``'s corpus options (``--jobs``, ``--input``, ``--dask``,
  ``--quiet``), the writing in input order, and the progress bar;
- ``corpus_report.py``: ``newsreader corpus-report``;
- ``forked_analysis.py``: the first article analysed in a forked child while the reader
  imports its UI (fork only; elsewhere the reader analyses in process).

Nothing is imported here: ``newsreader analyze`` never loads Textual.
"""
