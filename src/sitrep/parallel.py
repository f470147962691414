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
import pickle
import tempfile
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
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
    return _stripped(out) if isinstance(out, Doc) else out


def _stripped(doc: Doc) -> Doc:
    doc.layers = {}
    doc._index = {}
    doc.memo = {}
    return doc


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


# A collection gives its documents a country prior only when it is clearly about one
# country: at least this many of its documents settle on a country, and this share of those
# on the same one (a national feed, a monitor's country archive; not a world wire).
COLLECTION_MIN_DOCS = 10
COLLECTION_MIN_SHARE = 0.6


def collection_country(countries: Iterable[str | None]) -> str | None:
    """The country most documents of a collection settle on, when it is clearly one (see
    ``COLLECTION_MIN_DOCS`` and ``COLLECTION_MIN_SHARE``), else None."""
    counts = Counter(c for c in countries if c)
    if not counts:
        return None
    top, n = counts.most_common(1)[0]
    total = sum(counts.values())
    return top if total >= COLLECTION_MIN_DOCS and n >= COLLECTION_MIN_SHARE * total else None


@dataclass
class CollectionReport:
    """What ``process_collection`` found: the collection's country (None when the collection
    is not clearly about one) and how many documents were read again with it as a prior."""

    country: str | None = None
    reread: int = 0


def _with_country(finish: Callable[[Doc], Any] | None) -> Callable[[Doc], Any]:
    """``finish`` with the country the document settled on beside its result (a Doc goes
    without its layers, as it would come back from a worker: it waits in a file)."""
    def tagged(doc: Doc) -> tuple[str | None, Any]:
        return doc.country, (finish(doc) if finish is not None else _stripped(doc))
    return tagged


def process_collection(items: Iterable[Item], process: Callable[[Doc], Doc], workers: int = 1,
                       finish: Callable[[Doc], Any] | None = None, country: str | None = "auto",
                       report: CollectionReport | None = None) -> Iterator[Any]:
    """``process_stream`` with the collection's country as a prior, in input order.

    ``country`` None: no prior. A country name: every document gets it as
    ``Doc.country_prior``. "auto": a news collection is mostly about one country (a national
    feed, a country's archive), and a document whose own text names no place, or only a
    village that shares its name with one abroad, is then most likely about that country too.
    So every document is read once; when most of those that settle on a country settle on the
    same one (``collection_country``), the documents that settled on none or on another are
    read again with it as their prior (a weak vote: a text that names its country keeps it).
    The inputs and the first results wait in temporary files, so memory stays bounded; the
    first result comes only after the first pass. ``report``, when given, is filled in."""
    report = report if report is not None else CollectionReport()
    if country != "auto":
        report.country = country
        if country:
            items = (_prior(i, country) for i in items)
        yield from process_stream(items, process, workers, finish)
        return
    with tempfile.TemporaryFile() as inputs, tempfile.TemporaryFile() as firsts:
        def kept(stream: Iterable[Item]) -> Iterator[Item]:
            for item in stream:
                pickle.dump(item, inputs, pickle.HIGHEST_PROTOCOL)
                yield item

        countries: list[str | None] = []  # per input: the country it settled on
        failed: set[int] = set()  # inputs that came back as a Failure
        for out in process_stream(kept(items), process, workers, _with_country(finish)):
            if isinstance(out, tuple):
                country_of, out = out
            else:
                country_of = None
                failed.add(len(countries))
            countries.append(country_of)
            pickle.dump(out, firsts, pickle.HIGHEST_PROTOCOL)
        report.country = prior = collection_country(
            c for i, c in enumerate(countries) if i not in failed)
        again = {i for i, c in enumerate(countries) if prior and c != prior and i not in failed}
        report.reread = len(again)
        inputs.seek(0)
        firsts.seek(0)

        def reread() -> Iterator[Item]:
            for i in range(len(countries)):
                item = pickle.load(inputs)
                if i in again:
                    yield _prior(item, prior)

        seconds = process_stream(reread(), process, workers, finish) if again else iter(())
        for i in range(len(countries)):
            first = pickle.load(firsts)
            yield next(seconds) if i in again else first


def _prior(item: Item, country: str) -> Item:
    if isinstance(item, Doc):
        item.country_prior = country
    return item
