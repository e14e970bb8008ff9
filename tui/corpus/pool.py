"""Every core of one machine: the per-article function over a process pool, in order.

``run(items, options, jobs)`` yields one Result per item, in input order, whatever order
the workers finish in. It streams: items are read from their iterator only as workers
free up, at most ``window`` batches are in flight, and a result is yielded as soon as all
before it are, so memory stays flat however long the corpus is.

The workers come from a fork server (``forkserver``; ``spawn`` where there is none): they
start from a clean process that has imported the engine and loaded its lexicons once, so
each worker is ready at once, and the parent may have threads (a progress bar, a
library's) without the hazards of forking them.

A worker that dies (killed by the kernel for memory, a crash in an extension) breaks
the pool. The batches then in flight are run again one article at a time, alone, in a
fresh worker: the article that kills its worker again is reported as failed, the others
give their output, and the corpus goes on in a new pool.
"""
from __future__ import annotations

import itertools
import multiprocessing
import os
import signal
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from .items import FileItem, Item
from .work import Options, Result, analyze_batch

Work = Callable[[list[Item], Options], list[Result]]

# A task is a few articles: one would pay the pool's round trip per article (~0.2 ms,
# against ~10 ms to analyse a news article), many would hold back the in-order output.
BATCH_ITEMS = 8
BATCH_BYTES = 1 << 20
WINDOW_PER_JOB = 4  # batches in flight per worker


def default_jobs() -> int:
    """One per core this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


def run(items: Iterable[Item], options: Options = Options(), jobs: int = 1, *,
        work: Work = analyze_batch) -> Iterator[Result]:
    """One Result per item, in order: in this process for ``jobs == 1`` or a corpus of one
    article, else over a pool of ``jobs`` processes."""
    it = iter(items)
    head = list(itertools.islice(it, 2))
    if jobs <= 1 or len(head) < 2:
        for item in itertools.chain(head, it):
            yield from work([item], options)
        return
    yield from _pooled(itertools.chain(head, it), options, jobs, work)


def batches(items: Iterable[Item], max_items: int = BATCH_ITEMS,
            max_bytes: int = BATCH_BYTES) -> Iterator[list[Item]]:
    batch: list[Item] = []
    size = 0
    for item in items:
        batch.append(item)
        size += item.size
        if len(batch) >= max_items or size >= max_bytes:
            yield batch
            batch, size = [], 0
    if batch:
        yield batch


def _context() -> multiprocessing.context.BaseContext:
    methods = multiprocessing.get_all_start_methods()
    if "forkserver" in methods:
        ctx = multiprocessing.get_context("forkserver")
        # Imported by the fork server once, before it forks any worker.
        ctx.set_forkserver_preload(["tui.corpus._warm"])
        return ctx
    return multiprocessing.get_context("spawn")


def _init_worker() -> None:
    # Ctrl-C is the parent's to handle: it stops the pool; a worker's traceback would only
    # clutter the terminal.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    from . import _warm  # noqa: F401 - where there is no fork server: warm each worker


class _Pool:
    def __init__(self, jobs: int) -> None:
        self.jobs = jobs
        self.executor = ProcessPoolExecutor(jobs, mp_context=_context(), initializer=_init_worker)

    def renew(self) -> None:
        self.close()
        self.executor = ProcessPoolExecutor(self.jobs, mp_context=_context(),
                                            initializer=_init_worker)

    def close(self) -> None:
        self.executor.shutdown(wait=True, cancel_futures=True)


def _pooled(items: Iterator[Item], options: Options, jobs: int, work: Work) -> Iterator[Result]:
    pool = _Pool(jobs)
    pending: deque[tuple[Future, list[Item]]] = deque()
    window = jobs * WINDOW_PER_JOB
    try:
        for batch in batches(items):
            pending.append((pool.executor.submit(work, batch, options), batch))
            while len(pending) >= window:
                yield from _collect(pending, pool, options, work)
        while pending:
            yield from _collect(pending, pool, options, work)
    finally:
        pool.close()


def _collect(pending: deque[tuple[Future, list[Item]]], pool: _Pool, options: Options,
             work: Work) -> Iterator[Result]:
    """The results of the oldest batch; after a worker died, those of every batch then
    in flight (see the module's docstring), and a fresh pool for the rest."""
    future, batch = pending[0]
    try:
        results = future.result()
    except BrokenProcessPool:
        in_flight = list(pending)
        pending.clear()
        pool.close()
        isolated = _Isolated(options, work)
        try:
            for future, batch in in_flight:  # in order
                if future.done() and not future.cancelled() and future.exception() is None:
                    yield from future.result()
                else:
                    yield from map(isolated.run, batch)
        finally:
            isolated.close()
        pool.renew()
        return
    except Exception:  # noqa: BLE001 - the task failed, not an article: its articles alone
        pending.popleft()
        isolated = _Isolated(options, work)
        try:
            yield from map(isolated.run, batch)
        finally:
            isolated.close()
        return
    pending.popleft()
    yield from results


class _Isolated:
    """Articles one at a time in a worker of their own, which is replaced when one of
    them kills it: that article fails, and the next goes on in a fresh worker."""

    def __init__(self, options: Options, work: Work) -> None:
        self.options, self.work = options, work
        self.executor: ProcessPoolExecutor | None = None

    def run(self, item: Item) -> Result:
        if self.executor is None:
            self.executor = ProcessPoolExecutor(1, mp_context=_context(), initializer=_init_worker)
        try:
            return self.executor.submit(self.work, [item], self.options).result()[0]
        except BrokenProcessPool:
            self.close()
            return _failed(item, "the process analysing it died (out of memory, or a crash)")
        except Exception as exc:  # noqa: BLE001 - reported as this article's failure
            return _failed(item, f"the analysis failed ({type(exc).__name__}: {exc})")

    def close(self) -> None:
        if self.executor is not None:
            self.executor.shutdown(wait=True, cancel_futures=True)
            self.executor = None


def _failed(item: Item, why: str) -> Result:
    name = item.path if isinstance(item, FileItem) else getattr(item, "name", "?")
    return Result("", (f"{name}: {why}",), True, 0, item.size)
