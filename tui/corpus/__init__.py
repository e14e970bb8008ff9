"""Corpora: many articles through one per-article function, on one core, every core, or a
Dask cluster, with the same bytes out.

- ``items.py``: what a corpus is made of: article files, the lines of JSONL corpus files
  (``text``, and optionally ``id``, ``title``, ``url``, ``date``) or standard input, and
  directories walked for their .txt/.md/.html files; read lazily, in order;
- ``work.py``: ``analyze_item``, the per-article function (read, analyse, render; a bad
  article is a failed Result with a message, never an exception);
- ``pool.py``: ``run``, in process or over a process pool, output in input order,
  streamed with a bounded number of batches in flight;
- ``dask_.py``: the same function over a Dask bag, on a ``LocalCluster`` or a cluster's
  scheduler, reading and writing JSONL partitions (``pip install newsreader[dask]``;
  imported only when asked for);
- ``report.py``: the corpus summary of ``newsreader corpus-report``: per party across the
  corpus, its articles, quotes, demands and top speakers.

Light: importing this package loads neither Dask nor Rich nor Textual.
"""
from __future__ import annotations

from .items import BadItem, FileItem, Item, RecordItem, iter_items
from .pool import default_jobs, run
from .work import Options, Result, analyze_batch, analyze_item

__all__ = ["BadItem", "FileItem", "Item", "Options", "RecordItem", "Result", "analyze_batch",
           "analyze_item", "default_jobs", "iter_items", "run"]
