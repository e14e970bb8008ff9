"""The reader's screens and what coordinates them:

- ``reader.py``: ``ReaderScreen``, one article with its article pane, highlights pane and
  demands panel (``navigation.py``: its quote cursor and search state, no Textual);
- ``annotating_reader.py``: ``AnnotatingReader``, the ReaderScreen with the user's notes,
  corrections and export (keys a/c/x/e/l; it opens the dialogs in ``tui/dialogs/``);
- ``demand_matrix.py``: ``DemandMatrix``, who demands what of whom (key m; imported on
  the key, with its styles ``styles/matrix.tcss``);
- ``feed.py``: ``FeedScreen``, a feed's items (``newsreader FEED``; imported only for a
  feed, with ``styles/feed.tcss``), and ``FeedArticleReader``, an item in the reader;
- ``reader_commands.py``: the reader's commands in the command palette;
- ``help.py``: the ``?`` help screen (its text is ``tui/help.md``).

Styles are in ``tui/styles/``; widgets in ``tui/widgets/``.
"""
