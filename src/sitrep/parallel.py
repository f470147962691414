"""Run the extraction pipeline over a stream of documents, in forked worker processes.

Extraction is nearly all of the cost of ``extract`` and ``ingest`` and each document is
independent, so both commands hand documents to a pool of forked workers (they inherit the
pipeline already built, instead of pickling or rebuilding it) and take the results back in
input order. Documents go out in windows, so memory stays bounded whatever the input size.
A document that fails in the pipeline comes back as a :class:`~sitrep.doc.Failure`.
"""

from __future__ import annotations

import hashlib
import itertools
import multiprocessing as mp
import os
import pickle
import tempfile
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from typing import Any

from sitrep.doc import PLACES, Doc, Failure

Item = Doc | Failure

# The functions forked workers run: set before forking, inherited by the workers. A task
# names its (process, finish) pair by position in ``_JOBS``, so that one pool serves both
# passes of ``process_collection``.
Job = tuple[Callable[[Doc], Any], Callable[[Doc], Any] | None]
_JOBS: tuple[Job, ...] = ()
_WINDOW = 256  # documents handed to the workers at a time (two windows in flight)


def default_workers() -> int:
    return os.cpu_count() or 1


def process_one(item: Item, process: Callable[[Doc], Doc]) -> Item:
    if not isinstance(item, Doc):
        return item
    try:
        return process(item)
    except Exception as exc:  # noqa: BLE001 - one bad document must not stop a run
        return Failure(item.source_path or item.id, f"processing failed: {exc!r}",
                       doc_id=item.id)


def _process_in_worker(task: tuple[Item, int]) -> Any:
    """Extract in a worker and send back only what callers keep: the annotation layers are
    dropped (pickling them back costs as much as a good part of the extraction), and so are
    the components' per-document working state, the layer indexes and memos (``Doc._index``,
    ``Doc.memo``): they hold the layers' spans too, and left in place they made up about
    three fifths of what each document sent back (11.5 kB a document on the dev articles,
    4.5 kB without them), which the parent process then had to unpickle."""
    item, which = task
    process, finish = _JOBS[which]
    out = process_one(item, process)
    if isinstance(out, Doc) and finish is not None:
        return finish(out)
    return _stripped(out) if isinstance(out, Doc) else out


def _stripped(doc: Doc) -> Doc:
    doc.layers = {}
    doc._index = {}
    doc.memo = {}
    return doc


def _can_fork(workers: int) -> bool:
    return workers > 1 and "fork" in mp.get_all_start_methods()


@contextmanager
def _forked_pool(workers: int, jobs: tuple[Job, ...]) -> Iterator[Any]:
    """A pool of ``workers`` forked processes that run one of ``jobs`` (a process and its
    finish, chosen per task, see ``_in_pool``)."""
    global _JOBS
    _JOBS = jobs
    try:
        with mp.get_context("fork").Pool(workers) as pool:
            yield pool
    finally:
        _JOBS = ()


def _in_pool(pool: Any, items: Iterable[Item], which: int) -> Iterator[Any]:
    """Each item processed in ``pool`` by ``_JOBS[which]``, in input order,
    a window at a time (the next window is handed out before the current one is yielded)."""
    return _tasks_in_pool(pool, ((item, which) for item in items))


def _tasks_in_pool(pool: Any, tasks: Iterable[tuple[Item, int]]) -> Iterator[Any]:
    """Each ``(item, which)`` processed in ``pool`` by ``_JOBS[which]``, in input order."""
    stream = iter(tasks)
    running = None
    while True:
        window = list(itertools.islice(stream, _WINDOW))
        ahead = pool.imap(_process_in_worker, window, chunksize=4) if window else None
        yield from running or ()
        if ahead is None:
            break
        running = ahead


def _in_process(items: Iterable[Item], process: Callable[[Doc], Doc],
                finish: Callable[[Doc], Any] | None) -> Iterator[Any]:
    for item in items:
        out = process_one(item, process)
        yield finish(out) if finish is not None and isinstance(out, Doc) else out


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
    if not _can_fork(workers):
        yield from _in_process(items, process, finish)
        return
    with _forked_pool(workers, ((process, finish),)) as pool:
        yield from _in_pool(pool, items, 0)


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
    without its layers, as it would come back from a worker: it waits in a file), and the
    digest of its place layer when the first pass took one (``_places_print``)."""
    def tagged(doc: Doc) -> tuple[str | None, Any, bytes | None]:
        printed = doc.memo.get(_PLACES_PRINT)
        return doc.country, (finish(doc) if finish is not None else _stripped(doc)), printed
    return tagged


def process_collection(items: Iterable[Item], process: Callable[[Doc], Doc], workers: int = 1,
                       finish: Callable[[Doc], Any] | None = None, country: str | None = "auto",
                       report: CollectionReport | None = None,
                       with_prior: Callable[[Any, str], Any] | None = None) -> Iterator[Any]:
    """``process_stream`` with the collection's country as a prior, in input order.

    ``country`` None: no prior. A country name: every document gets it as
    ``Doc.country_prior``. "auto": a news collection is mostly about one country (a national
    feed, a country's archive), and a document whose own text names no place, or only a
    village that shares its name with one abroad, is then most likely about that country too.
    So every document is read once; when most of those that settle on a country settle on the
    same one (``collection_country``), the documents that settled on none or on another are
    read again with it as their prior (a weak vote: a text that names its country keeps it).
    The inputs and the first results wait in temporary files, so memory stays bounded; the
    first result comes only after the first pass. ``report``, when given, is filled in.

    ``with_prior(result, country)``, when given, turns a first-pass result into the one the
    document gives read with ``country`` as its prior, for a document whose place layer
    that prior leaves as it was (``extract``: the same line with the prior in its metadata).
    A document read in full in the first pass is then read again only up to its places: when
    they come out the same with the prior as without it (``_places_print``), nothing after
    them can differ (the place tagger is the only component that reads the prior, besides
    the place steps that set aside a country named as a group's home, which the digest
    covers, and ``document_country``'s fallback for a text whose places all go so or that
    names none), and its first result is kept instead of reading the rest again."""
    report = report if report is not None else CollectionReport()
    if country != "auto":
        report.country = country
        if country:
            items = (_prior(i, country) for i in items)
        yield from process_stream(items, process, workers, finish)
        return
    tagged = _with_country(finish)
    first, check = _first_pass(process, tagged)
    if with_prior is None:
        check = None
    with ExitStack() as stack:
        inputs = stack.enter_context(tempfile.TemporaryFile())
        firsts = stack.enter_context(tempfile.TemporaryFile())
        # Both passes share one pool: the workers that read the collection once keep the
        # per-text caches they filled (place runs, gazetteer lookups, a country's fuzzy
        # table) for the second pass, instead of a fresh pool forked from the parent
        # starting them cold again (and paying for the fork and its copied pages twice).
        jobs: tuple[Job, ...] = (first, (process, finish), (check or process, finish))
        pool = stack.enter_context(_forked_pool(workers, jobs)) if _can_fork(workers) else None

        def run(stream: Iterable[Item], which: int) -> Iterator[Any]:
            if pool is not None:
                return _in_pool(pool, stream, which)
            return _in_process(stream, *jobs[which])

        def run_tasks(tasks: Iterable[tuple[Item, int]]) -> Iterator[Any]:
            if pool is not None:
                return _tasks_in_pool(pool, tasks)
            return (out for item, which in tasks for out in _in_process((item,), *jobs[which]))

        def kept(stream: Iterable[Item]) -> Iterator[Item]:
            for item in stream:
                pickle.dump(item, inputs, pickle.HIGHEST_PROTOCOL)
                yield item

        countries: list[str | None] = []  # per input: the country it settled on
        failed: set[int] = set()  # inputs that came back as a Failure
        unfinished: set[int] = set()  # inputs the first pass left unfinished (_Unfinished)
        prints: dict[int, bytes] = {}  # input -> its place layer's digest (_places_print)
        for out in run(kept(items), 0):
            if isinstance(out, tuple):
                country_of, out, printed = out
                if printed is not None:
                    prints[len(countries)] = printed
            elif isinstance(out, _Unfinished):
                country_of = out.country
                unfinished.add(len(countries))
            else:
                country_of = None
                failed.add(len(countries))
            countries.append(country_of)
            pickle.dump(out, firsts, pickle.HIGHEST_PROTOCOL)
        report.country = prior = collection_country(
            c for i, c in enumerate(countries) if i not in failed)
        again = {i for i, c in enumerate(countries) if prior and c != prior and i not in failed}
        report.reread = len(again)
        # (an unfinished input that keeps its country is read in full now, without a prior,
        # as the first pass would have)
        redo = again | unfinished
        inputs.seek(0)
        firsts.seek(0)

        # (inputs read in full in the first pass, with places whose digest can tell whether
        # the prior changes them: read up to their places first, see ``with_prior``)
        checked = {i for i in again if i in prints} if check is not None else set()

        def reread() -> Iterator[tuple[Item, int]]:
            for i in range(len(countries)):
                item = pickle.load(inputs)
                if i in checked:
                    item = _prior(item, prior)
                    if isinstance(item, Doc):
                        item.memo[_PLACES_PRINT] = prints[i]
                    yield item, 2
                elif i in again:
                    yield _prior(item, prior), 1
                elif i in redo:
                    yield item, 1

        seconds = run_tasks(reread()) if redo else iter(())
        for i in range(len(countries)):
            first_out = pickle.load(firsts)
            if i not in redo:
                yield first_out
                continue
            out = next(seconds)
            yield with_prior(first_out, prior) if isinstance(out, _Same) else out  # type: ignore[misc,arg-type]


@dataclass(slots=True)
class _Same:
    """What the second pass sends back for a document whose places came out with the
    collection's prior as they did without it (see ``process_collection``'s ``with_prior``):
    its first result stands."""


@dataclass(slots=True)
class _Unfinished:
    """What the first pass sends back for a document it stopped reading once its country
    was settled (see ``_first_pass``): that country."""

    country: str | None


# The pipeline component after which a document's country is settled: the event component
# sets ``Doc.country`` to ``places.document_country``, which reads only the place layer and
# the layers before it; and the place tagger is the first component that reads
# ``Doc.country_prior``.
_COUNTRY_COMPONENT = "places"
_RECENT = 20  # documents (that settled on a country) the first pass's guess looks back on


# Components before the place tagger whose layers it never reads (nor they its layer): the
# second pass's check of a document's places runs without them (see ``_first_pass``).
_PLACES_IGNORE = frozenset({"numbers"})

# Where a document's place-layer digest travels: in ``Doc.memo``, which no component reads
# under this key (set after the first pass's pipeline, and taken out before the second's).
_PLACES_PRINT = "parallel.places_print"


def _places_print(doc: Doc) -> bytes | None:
    """A digest of the place layer (each span's offsets, label, text and attributes, by
    ``repr``: equal digests mean equal values, types included) and of the places that later
    steps set aside because of the document's prior (``places.prior_marks``: a country named
    only as a group's home, "raiders from X", in a collection set elsewhere), None when the
    layer is empty (a text that names no place takes the prior in ``document_country``).
    Without the marks a layer that the prior leaves as it was, but whose only foreign
    country is such a home, passed for unchanged, and the document kept its prior-less
    result when the first pass had read it in full, but not when it had stopped at its
    country: which depended on the documents the worker had seen before it."""
    from sitrep.nlp.places import prior_marks

    spans = doc.layers.get(PLACES)
    if not spans:
        return None
    text = repr(([(s.start, s.end, s.label, s.text, s.attrs) for s in spans], prior_marks(doc)))
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).digest()


def _first_pass(process: Callable[[Doc], Doc], tagged: Callable[[Doc], Any]
                ) -> tuple[Job, Callable[[Doc], Any] | None]:
    """The first pass of ``process_collection``: a process and its finish.

    A document that the second pass will read again anyway (one that settles on no country
    or on another than the collection's) is wasted work past its country: more than half of
    the pipeline's cost (actors, triggers, events) for nothing. So, for the default
    pipeline, the first pass reads each document up to its places, settles its country, and
    stops there when that country is not the one most of the last ``_RECENT`` documents
    that settled on one settled on (by ``collection_country``'s rule; in this process: a
    worker sees its share of the collection, as a sample); such a document comes back as an
    ``_Unfinished`` with its country and is read in full in the second pass, with the
    collection's prior or, when it turns out to keep its country, without one, as the first
    pass would have read it. The guess only decides where work is done, never its result: a
    document settles on the same country whichever pass finishes it. A wrong guess costs
    the document's first components twice (about two fifths of its time), a right one saves
    the rest; the recent documents, not all so far, so that the guess follows a collection
    made of several sources one after another (a Syrian archive, then a US one) within a few
    dozen documents instead of stopping hundreds of the second source's.

    (One difference: a document left unfinished whose later components would fail counts
    its country towards the collection's; a failed document otherwise counts none.)

    Also returns the second pass's check for a document read in full here (None when
    ``process`` is not such a pipeline): it reads the document, prior set, up to its places
    (without the components of ``_PLACES_IGNORE``) and sends back ``_Same`` when their
    digest is the first pass's, else reads the rest."""
    from sitrep.pipeline import Pipeline

    names = process.names if isinstance(process, Pipeline) else []
    if _COUNTRY_COMPONENT not in names or names[-1] != "events":
        return (process, tagged), None
    from sitrep.nlp.places import document_country

    cut = names.index(_COUNTRY_COMPONENT) + 1
    head = Pipeline(process.components[:cut])
    tail = Pipeline(process.components[cut:])
    recent: deque[str] = deque()  # the countries the last documents settled on, in order
    seen: Counter[str] = Counter(recent)  # and how often each

    def settle_first(doc: Doc) -> Doc | _Unfinished:
        doc = head(doc)
        printed = _places_print(doc)
        # (document_country memoises in doc.memo; the entries go again, so that the rest of
        # the pipeline reads the document as it would have without this look)
        before = set(doc.memo)
        country = document_country(doc)
        for key in set(doc.memo) - before:
            del doc.memo[key]
        total = len(recent)
        usual, n = seen.most_common(1)[0] if total else (None, 0)
        if country:
            recent.append(country)
            seen[country] += 1
            if len(recent) > _RECENT:
                seen[recent.popleft()] -= 1
        if (total >= COLLECTION_MIN_DOCS and n >= COLLECTION_MIN_SHARE * total
                and country != usual):
            return _Unfinished(country)
        doc = tail(doc)
        if printed is not None:
            doc.memo[_PLACES_PRINT] = printed  # (for ``tagged``, after the pipeline)
        return doc

    # The check reads the components right before the place tagger whose layers it never
    # reads (``_PLACES_IGNORE``) only when the places differ: then, the places dropped, they
    # run and the place tagger again, in the pipeline's order.
    k = cut - 1
    j = k
    while j > 0 and head.components[j - 1][0] in _PLACES_IGNORE:
        j -= 1
    light = Pipeline(head.components[:j] + head.components[k:])
    rest = Pipeline(head.components[j:])

    def check(doc: Doc) -> Doc | _Same:
        printed = doc.memo.pop(_PLACES_PRINT, None)
        before = set(doc.memo)
        doc = light(doc)
        if printed is not None and _places_print(doc) == printed:
            return _Same()
        if j < k:
            for key in set(doc.memo) - before:
                del doc.memo[key]  # (caches: whatever they hold is computed again)
            del doc.layers[PLACES]
            doc = rest(doc)
        return tail(doc)

    return (settle_first, tagged), check


def _prior(item: Item, country: str) -> Item:
    if isinstance(item, Doc):
        item.country_prior = country
    return item
