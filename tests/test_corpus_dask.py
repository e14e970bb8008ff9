"""The Dask path: the per-article function over a Dask bag on a LocalCluster of two
workers gives the serial bytes (tui.corpus.dask_, `analyze --dask local`)."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

pytest.importorskip("dask.bag", reason="dask is not installed: pip install -e '.[dask]'")
pytest.importorskip("distributed", reason="dask.distributed is not installed: pip install -e '.[dask]'")

from distributed import Client, LocalCluster  # noqa: E402

from tui.corpus import Options, iter_items, run  # noqa: E402
from tui.corpus import dask_  # noqa: E402

pytestmark = pytest.mark.dask


def article(i: int) -> str:
    return (f"Talks round {i}\n“We want a ceasefire now,” said Minister Ada Vance{i}.\n"
            f"The opposition said it would “never accept round {i}” of the plan.\n")


@pytest.fixture
def corpus(tmp_path):
    lines = [json.dumps({"text": article(i), "id": f"a{i}"}, ensure_ascii=False) + "\n" for i in range(40)]
    lines[11] = "{broken\n"
    lines[23] = json.dumps({"text": ""}) + "\n"
    lines.insert(30, "\n")
    path = tmp_path / "corpus.jsonl"
    path.write_text("".join(lines), encoding="utf-8")
    return str(path)


def serial(paths, inputs, options=Options()):
    return list(run(iter_items(paths, inputs, max_mb=options.max_mb), options, jobs=1))


@pytest.fixture(scope="module")
def client():
    cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=False,
                           dashboard_address=None, scheduler_kwargs={"dashboard_address": "127.0.0.1:0"})
    with Client(cluster) as c:
        yield c
    cluster.close()


def test_run_on_a_local_cluster_gives_the_serial_results(corpus, tmp_path):
    extra = tmp_path / "extra.txt"
    extra.write_text(article(99), encoding="utf-8")
    expected = serial([str(extra)], [corpus])
    got = list(dask_.run([str(extra)], [corpus], Options(), "local", jobs=2, processes=False))
    assert got == expected
    assert sum(r.failed for r in got) == 2
    assert [m for r in got for m in r.messages] == [
        f"{corpus}:12: not a JSON object (Expecting property name enclosed in double quotes, column 2)",
        f"{corpus}:24: is empty"]


def test_jsonl_bag_names_every_line_across_small_blocks(corpus, client):
    bag = dask_.jsonl_bag(corpus, blocksize=700, name=corpus)
    assert bag.npartitions > 5
    results = dask_.analysis_bag(bag, Options()).compute()
    assert results == serial([], [corpus])


def test_write_partitions_concatenate_to_the_serial_output(corpus, client, tmp_path):
    bag = dask_.jsonl_bag(corpus, blocksize=2000, name=corpus)
    written = dask_.write_partitions(dask_.analysis_bag(bag, Options()), str(tmp_path / "out")).compute()
    assert len(written) == bag.npartitions
    text = "".join(open(path, encoding="utf-8").read() for path, *_ in written)
    expected = serial([], [corpus])
    assert text == "".join(r.out for r in expected)
    assert sum(n for _, n, _, _ in written) == 38 and sum(f for _, _, f, _ in written) == 2


def test_an_unreachable_scheduler_is_one_message():
    with pytest.raises(dask_.DaskError, match="cannot reach the Dask scheduler at tcp://127.0.0.1:9"):
        dask_.connect("tcp://127.0.0.1:9", jobs=1, timeout="1s")


def test_cli_dask_local_with_two_worker_processes(corpus):
    """`newsreader analyze --dask local --jobs 2`: a LocalCluster of two worker processes."""
    cmd = [sys.executable, "-m", "tui", "analyze", "--input", corpus]
    ref = subprocess.run([*cmd, "--jobs", "1"], capture_output=True, text=True, timeout=120)
    r = subprocess.run([*cmd, "--dask", "local", "--jobs", "2"], capture_output=True, text=True,
                       timeout=180)
    assert (r.returncode, r.stdout, r.stderr) == (ref.returncode, ref.stdout, ref.stderr)
    assert r.returncode == 2 and len(r.stdout.splitlines()) == 38


def test_cli_dask_reads_stdin(corpus):
    data = open(corpus, encoding="utf-8").read()
    cmd = [sys.executable, "-m", "tui", "analyze", "--input", "-"]
    ref = subprocess.run([*cmd, "--jobs", "1"], input=data, capture_output=True, text=True, timeout=120)
    r = subprocess.run([*cmd, "--dask", "local", "--jobs", "2"], input=data, capture_output=True,
                       text=True, timeout=180)
    assert (r.stdout, r.stderr) == (ref.stdout, ref.stderr)
    assert "<stdin>:12: not a JSON object" in r.stderr


def test_a_partition_the_cluster_cannot_compute_is_reported_and_the_rest_kept(tmp_path, monkeypatch):
    # some 250 KB: three partitions (blocks of at least 64 KiB, as many as fit whole)
    lines = [json.dumps({"text": ("BOOM " if i == 20 else "") + article(i) * 40}) + "\n" for i in range(40)]
    path = tmp_path / "c.jsonl"
    path.write_text("".join(lines), encoding="utf-8")
    real = dask_.analyze_item

    def task_fails(item, options):
        if b"BOOM" in item.line:
            raise RuntimeError("worker lost")  # as a KilledWorker would end the task
        return real(item, options)

    monkeypatch.setattr(dask_, "analyze_item", task_fails)
    results = list(dask_.run([], [str(path)], Options(), "local", jobs=2, processes=False))
    lost = [r for r in results if r.failed]
    assert len(lost) == 1 and lost[0].messages[0].startswith(f"{path}: partition ")
    assert "lost on the cluster (RuntimeError: worker lost)" in lost[0].messages[0]
    kept = [json.loads(r.out)["source"]["path"] for r in results if not r.failed]
    assert f"{path}:1" in kept and f"{path}:40" in kept and f"{path}:21" not in kept
    assert 20 <= len(kept) < 40 and kept == sorted(kept, key=lambda p: int(p.rsplit(":", 1)[1]))
