"""Analyse an article in a forked child process while the reader imports its UI.

Starting the reader spends ~100 ms importing Textual, which the analysis does not need;
the analysis needs ~15 ms of imports and lexicons of its own and, for a 1 MB article,
most of a second of CPU. So the CLI forks before it imports the UI: the child analyses
and pickles the annotations into a pipe, and the reader unpickles them when it needs
them (a small article's first frame, a big article's worker thread). The first frame
never waits for the engine's imports, and a big article is analysed on another core
without holding the UI's interpreter lock (unpickling 1 MB of annotations: ~0.1 s, against
~0.8 s to analyse them).

Start-up trick, kept: it takes ~21 ms of work out of the reader's process (importing the
engine and its lexicons, 12.7 ms; analysing the seed, 8.5 ms; unpickling costs 0.3 ms).
Cold, the first frame gains from it where a core is free: ~6 ms in the fastest twentieth
of 150 runs on a busy 2-core machine, over the 2 ms bar; in that machine's median run the
gain was lost in the noise.

Fork without exec is safe only while the process has one thread: the CLI forks before
Textual starts any. Where there is no fork (Windows), or anything goes wrong in the child
(an exception, a crash, a truncated pipe), the reader analyses in process, as it would
without this.
"""
from __future__ import annotations

import os
import pickle
from typing import NoReturn

from ..ingest import Article
from ..model import Annotations


class ForkedAnalysis:
    """The analysis of one article, running in a forked child."""

    def __init__(self, article: Article, pid: int, fd: int) -> None:
        self.article = article
        self._pid = pid
        self._fd = fd
        self._collected = False
        self._result: Annotations | None = None

    @classmethod
    def start(cls, article: Article) -> ForkedAnalysis | None:
        """Fork a child that analyses ``article``; None where fork is unavailable or fails."""
        if not hasattr(os, "fork"):
            return None
        read_fd, write_fd = os.pipe()
        try:
            pid = os.fork()
        except OSError:
            os.close(read_fd)
            os.close(write_fd)
            return None
        if pid == 0:
            os.close(read_fd)
            _analyse_and_exit(article, write_fd)
        os.close(write_fd)
        return cls(article, pid, read_fd)

    def result(self) -> Annotations | None:
        """The child's annotations, waiting for them; None if it failed."""
        if not self._collected:
            self._collected = True
            data = b""
            try:
                with os.fdopen(self._fd, "rb") as pipe:
                    data = pipe.read()
            finally:
                _, status = os.waitpid(self._pid, 0)
            if data and os.waitstatus_to_exitcode(status) == 0:
                try:
                    self._result = pickle.loads(data)  # our own child, through our own pipe
                except Exception:  # a truncated or garbled pickle: analyse in process
                    self._result = None
        return self._result

    def analyzer(self, article: Article) -> Annotations:
        """An Analyzer for the reader: the child's result for its article, else the engine
        run in process."""
        if article is self.article:
            ann = self.result()
            if isinstance(ann, Annotations):
                return ann
        from ..analysis import analyze

        return analyze(article)


def _analyse_and_exit(article: Article, fd: int) -> NoReturn:
    """The child: analyse, write the pickle, and leave without running the parent's exit
    handlers or flushing its buffers (``os._exit``). Silent: the terminal is the parent's."""
    status = 1
    try:
        from ..analysis import analyze

        data = pickle.dumps(analyze(article), protocol=pickle.HIGHEST_PROTOCOL)
        with os.fdopen(fd, "wb") as pipe:
            pipe.write(data)
        status = 0
    except BaseException:  # noqa: BLE001 - the parent analyses in process instead
        pass
    finally:
        os._exit(status)
