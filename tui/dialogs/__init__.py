"""Modal dialogs for the user's annotations: note editor (``note_editor.py``), correction
chooser (``correction.py``), export dialog (``export_dialog.py``), notes list
(``notes_list.py``), and their common frame (``common.py``). Each returns its answer on
dismiss; the screen that opens them (``tui/screens/annotating_reader.py``) acts on it.

Nothing from the article or the user is parsed as markup: every label is a Content
built from plain text (tui.widgets.safe).
"""
