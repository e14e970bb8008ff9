"""Beyond one machine: the per-article function over a Dask bag.

    pip install 'newsreader[dask]'

The same ``analyze_item`` that ``--jobs`` runs in a process pool is mapped over a bag of
items, so a laptop's ``LocalCluster`` and a cluster's scheduler give the bytes the serial
run gives. The pieces, for scripts:

    from distributed import Client
    from tui.corpus import Options, dask_

    client = Client("tcp://scheduler:8786")            # or Client(LocalCluster(...))
    items = dask_.jsonl_bag("corpus-*.jsonl")           # workers read the partitions
    results = dask_.analysis_bag(items, Options())      # analyze_item over every article
    dask_.write_partitions(results, "out/").compute()   # out/part-00000.jsonl, ...

- ``jsonl_bag``: a JSONL corpus read by the workers themselves, in blocks that end at line
  ends (``dask.bytes.read_bytes``; any path or URL fsspec reaches, which on a cluster
  must be one every worker sees: a shared file system, object storage). A first pass
  counts each block's lines, so every record is named ``corpus.jsonl:LINE`` exactly as
  the serial run names it; it reads the bytes again but analyses nothing.
- ``items_bag``: article files, standard input's records, or any items the client has;
  for article files the workers read the paths, so on a cluster they must see them.
- ``analysis_bag``: ``items.map(analyze_item)``: a bag of Results, in input order.
- ``write_partitions``: each partition written by its worker as one JSONL file
  (``part-00000.jsonl`` …, their concatenation being the serial output); what is left
  for the client is each partition's messages and counts.
- ``run``: what ``newsreader analyze --dask`` runs: the Results of every source in order,
  for the CLI to write to stdout as they come, with a bounded number of partitions (and
  bytes) in flight.
"""
from __future__ import annotations

import io
import itertools
import logging
import os
from collections import deque
from collections.abc import Iterable, Iterator
from typing import Any

from ..ingest import DEFAULT_MAX_MB
from .items import STDIN, FileItem, Item, corpus_file_size, jsonl_items, source_items
from .work import Options, Result, analyze_item

PARTITION_ITEMS = 16  # articles per partition for items the client hands over
CHUNK_PARTITIONS = 64  # partitions per bag built from the client's items
MIN_BLOCK, MAX_BLOCK = 64 << 10, 64 << 20
IN_FLIGHT_BYTES = 512 << 20  # input bytes in flight at most (at least two partitions)


class DaskError(Exception):
    """Dask is missing or the scheduler cannot be reached; the message is for the user."""


def _import_dask() -> Any:
    try:
        import dask.bag as db
        import distributed  # noqa: F401
    except ImportError:
        raise DaskError("--dask needs Dask: pip install 'newsreader[dask]'") from None
    return db


# --- bags ---------------------------------------------------------------------------


def jsonl_bag(urlpath: str | list[str], *, blocksize: int | str = "64MiB",
              max_mb: float = DEFAULT_MAX_MB, name: str | None = None) -> Any:
    """A bag of the records of JSONL corpus files (a path, a glob, a URL, or a list of
    them), read by the workers in blocks. Records are named ``FILE:LINE`` after each file's
    path, or after ``name`` when one file is read."""
    import dask
    from dask.bytes import read_bytes

    db = _import_dask()
    _, blocks, found = read_bytes(urlpath, delimiter=b"\n", blocksize=blocksize, sample=False,
                                  include_path=True)
    parts = []
    for file_name, file_blocks in zip(found, blocks):
        if name is not None and len(found) == 1:
            file_name = name
        counts = dask.compute(*[dask.delayed(_count_lines)(b) for b in file_blocks])
        first = 1
        for block, count in zip(file_blocks, counts):
            parts.append(dask.delayed(_block_items)(block, file_name, first, max_mb))
            first += count
    if not parts:
        return db.from_sequence([], npartitions=1)
    return db.from_delayed(parts)


def _count_lines(block: bytes) -> int:
    return block.count(b"\n")


def _block_items(block: bytes, name: str, first_line: int, max_mb: float) -> list[Item]:
    return list(jsonl_items(io.BytesIO(block), name, max_mb=max_mb, first_line=first_line))


def items_bag(items: Iterable[Item], partition_size: int = PARTITION_ITEMS) -> Any:
    """A bag of items the client hands over (article paths, records of standard input)."""
    db = _import_dask()
    items = list(items)
    if not items:
        return db.from_sequence([], npartitions=1)
    return db.from_sequence(items, partition_size=partition_size)


def analysis_bag(items: Any, options: Options = Options()) -> Any:
    """The per-article function over a bag of items: a bag of Results, in order."""
    return items.map(analyze_item, options)


def write_partitions(results: Any, out_dir: str) -> Any:
    """A delayed list, one per partition, of (path, articles written, failed, messages):
    computing it has each worker write its partition's output as
    ``out_dir/part-NNNNN.jsonl``."""
    import dask

    os.makedirs(out_dir, exist_ok=True)
    parts = results.to_delayed()
    width = max(5, len(str(len(parts))))
    written = [dask.delayed(_write_partition)(part, os.path.join(out_dir, f"part-{i:0{width}}.jsonl"))
               for i, part in enumerate(parts)]
    return dask.delayed(list)(written)


def _write_partition(results: list[Result], path: str) -> tuple[str, int, int, list[str]]:
    from ..atomic import write_atomic

    write_atomic(path, "".join(r.out for r in results))
    messages = [m for r in results for m in r.messages]
    return path, sum(1 for r in results if not r.failed), sum(r.failed for r in results), messages


# --- the command line's run ---------------------------------------------------------


def connect(address: str, *, jobs: int, processes: bool = True,
            timeout: str = "10s") -> tuple[Any, Any]:
    """(client, the LocalCluster it owns or None): 'local' starts a cluster of ``jobs``
    single-threaded workers (processes: the engine is pure Python, threads would share one
    core's interpreter lock); anything else is a scheduler's address."""
    _import_dask()
    from distributed import Client, LocalCluster

    if address == "local":
        # No dashboard, and the scheduler's HTTP server (kept for its health checks) on a
        # free port of the loopback, not 8787: another cluster may hold that one.
        cluster = LocalCluster(n_workers=jobs, threads_per_worker=1, processes=processes,
                               dashboard_address=None,
                               scheduler_kwargs={"dashboard_address": "127.0.0.1:0"},
                               silence_logs=logging.ERROR)
        try:
            return Client(cluster), cluster
        except BaseException:
            cluster.close()
            raise
    try:
        return Client(address, timeout=timeout), None
    except (OSError, TimeoutError, ValueError) as exc:
        raise DaskError(f"cannot reach the Dask scheduler at {address} ({exc})") from None


def blocksize_for(size: int, threads: int) -> int:
    """Blocks of a JSONL corpus: some sixteen per worker thread, between 64 KiB and 64 MiB."""
    return min(MAX_BLOCK, max(MIN_BLOCK, size // (16 * max(1, threads))))


def source_bags(paths: Iterable[str], inputs: Iterable[str], options: Options,
                threads: int) -> Iterator[tuple[Any, int, str]]:
    """(a bag of Results, the input bytes of one of its partitions, the source it reads)
    for each piece of
    ``newsreader analyze PATH... --input SOURCE...``, in order, built lazily (one chunk of
    standard input or of a directory's files at a time)."""
    yield from _chunked((FileItem(p, _size(p)) for p in paths), options, "the PATHs")
    for source in inputs:
        size = corpus_file_size(source)
        if size is None:  # standard input, a directory, an article, an unreadable path
            yield from _chunked(source_items(source, max_mb=options.max_mb), options,
                                "<stdin>" if source == STDIN else source)
            continue
        blocksize = blocksize_for(size, threads)
        bag = jsonl_bag(source, blocksize=blocksize, max_mb=options.max_mb, name=source)
        yield analysis_bag(bag, options), blocksize, source


def _chunked(items: Iterable[Item], options: Options, source: str) -> Iterator[tuple[Any, int, str]]:
    it = iter(items)
    while chunk := list(itertools.islice(it, PARTITION_ITEMS * CHUNK_PARTITIONS)):
        bag = items_bag(chunk)
        yield analysis_bag(bag, options), sum(item.size for item in chunk) // bag.npartitions, source


def run(paths: Iterable[str], inputs: Iterable[str], options: Options, address: str, *,
        jobs: int, processes: bool = True) -> Iterator[Result]:
    """Every Result in input order, computed on the cluster (see the module's docstring).
    A partition the cluster cannot compute (its workers died on it again and again) is
    one failed Result naming it; the others go on."""
    client, cluster = connect(address, jobs=jobs, processes=processes)
    pending: deque[tuple[Any, int, str]] = deque()
    try:
        threads = sum(client.nthreads().values()) or jobs
        window = max(4, 4 * threads)
        in_flight = 0
        for bag, weight, source in source_bags(paths, inputs, options, threads):
            parts = bag.to_delayed()
            for i, part in enumerate(parts, 1):
                label = f"{source}: partition {i} of {len(parts)}" if len(parts) > 1 else source
                pending.append((client.compute(part), weight, label))
                in_flight += weight
                while len(pending) >= window or (len(pending) > 2 and in_flight > IN_FLIGHT_BYTES):
                    in_flight -= pending[0][1]
                    yield from _gather(*pending.popleft())
        while pending:
            yield from _gather(*pending.popleft())
    finally:
        for future, _, _ in pending:
            future.cancel()
        client.close()
        if cluster is not None:
            cluster.close()


def _gather(future: Any, weight: int, label: str) -> list[Result]:
    try:
        return future.result()
    except Exception as exc:  # noqa: BLE001 - e.g. KilledWorker: this partition only
        text = " ".join(str(exc).split())[:200]
        return [Result("", (f"{label}: lost on the cluster ({type(exc).__name__}: {text})",), True, 0,
                       weight)]


def _size(path: str) -> int:
    try:
        return os.stat(path).st_size
    except OSError:
        return 0
