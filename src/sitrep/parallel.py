"""Run the extraction pipeline over a stream of documents, in forked worker processes.

Extraction is nearly all of the cost of ``extract`` and ``ingest`` and each document is
independent, so both commands hand documents to a pool of forked workers (they inherit the
pipeline already built, instead of pickling or rebuilding it) and take the results back in
input order. Documents go out in windows, so memory stays bounded whatever the input size.
A document that fails in the pipeline comes back as a :class:`~sitrep.doc.Failure`.
"""

from __future__ import annotations

import itertools
import multiprocessing as mp
import os
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from sitrep.doc import Doc, Failure

Item = Doc | Failure

# The functions forked workers run: set before forking, inherited by the workers.
_PROCESS: Callable[[Doc], Doc] | None = None
_FINISH: Callable[[Doc], Any] | None = None
_WINDOW = 256  # documents handed to the workers at a time (two windows in flight)


def default_workers() -> int:
    return os.cpu_count() or 1


def process_one(item: Item, process: Callable[[Doc], Doc] | None = None) -> Item:
    process = process or _PROCESS
    if not isinstance(item, Doc) or process is None:
        return item
    try:
        return process(item)
    except Exception as exc:  # noqa: BLE001 - one bad document must not stop a run
        return Failure(item.source_path or item.id, f"processing failed: {exc!r}",
                       doc_id=item.id)


def _process_in_worker(item: Item) -> Item:
    """Extract in a worker and send back only what callers keep: the annotation layers are
    dropped (pickling them back costs as much as a good part of the extraction), and so are
    the components' per-document working state, the layer indexes and memos (``Doc._index``,
    ``Doc.memo``): they hold the layers' spans too, and left in place they made up about
    three fifths of what each document sent back (11.5 kB a document on the dev articles,
    4.5 kB without them), which the parent process then had to unpickle."""
    out = process_one(item)
    if isinstance(out, Doc) and _FINISH is not None:
        return _FINISH(out)
    if isinstance(out, Doc):
        out.layers = {}
        out._index = {}
        out.memo = {}
    return out


def process_stream(items: Iterable[Item], process: Callable[[Doc], Doc],
                   workers: int = 1, finish: Callable[[Doc], Any] | None = None
                   ) -> Iterator[Any]:
    """``process`` each Doc of ``items`` (Failures pass through), in input order.

    With ``workers`` > 1 on a platform that can fork, documents are processed in that many
    worker processes and come back without their annotation layers. ``finish``, when given,
    turns each processed Doc into what the caller keeps (``extract``: its output line), and
    the stream yields that instead of the Doc; it runs in the worker, so only its result
    travels back (a short string pickles and unpickles in a fraction of the time a Doc with
    its event records takes, and the parent, which also reads the input, does less)."""
    global _PROCESS, _FINISH
    if workers <= 1 or "fork" not in mp.get_all_start_methods():
        for item in items:
            out = process_one(item, process)
            yield finish(out) if finish is not None and isinstance(out, Doc) else out
        return
    _PROCESS = process
    _FINISH = finish
    try:
        with mp.get_context("fork").Pool(workers) as pool:
            stream = iter(items)
            running = None
            while True:
                window = list(itertools.islice(stream, _WINDOW))
                ahead = pool.imap(_process_in_worker, window, chunksize=4) if window else None
                yield from running or ()
                if ahead is None:
                    break
                running = ahead
    finally:
        _PROCESS = None
        _FINISH = None
