"""newsreader: a terminal reader for news that shows parties, quotes and demands."""

__version__ = "0.1.0"
