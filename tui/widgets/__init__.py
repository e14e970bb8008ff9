"""The reader's widgets: each owns its bindings and posts messages up to the screen.

``article_view.py`` (with ``article_render.py``, ``article_lines.py``) is the article pane;
``party_list.py``, ``quote_list.py``, ``demand_list.py`` (on ``nav_list.py``) the side
lists; ``search_bar.py``, ``status_bar.py`` the lines below. ``colors.py`` holds the party
colours and text styles they paint with, ``labels.py`` and ``safe.py`` the plain-text
labels (nothing from an article is parsed as markup). Styles are in ``tui/styles/``.
"""
