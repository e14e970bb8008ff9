"""Modal dialogs for the user's annotations: note editor, correction chooser, export
dialog, notes list, and the reader screen that wires them to a/c/x/e/l.

Nothing from the article or the user is parsed as markup: every label is a Content
built from plain text (tui.widgets.safe).
"""
