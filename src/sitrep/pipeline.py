"""The extraction pipeline: small components run in order over a :class:`~sitrep.doc.Doc`.

Each component is a callable ``component(doc) -> doc`` that reads the text and the layers
written before it and adds its own layer (see ``docs/ARCHITECTURE.md``). The last component
assembles ``doc.events``. Components are built once and reused: construction loads the
lexicons and the gazetteer, calling is cheap.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache

from sitrep.doc import Doc

Component = Callable[[Doc], Doc]


class Pipeline:
    def __init__(self, components: list[tuple[str, Component]]):
        self.components = components

    @property
    def names(self) -> list[str]:
        return [name for name, _ in self.components]

    def __call__(self, doc: Doc) -> Doc:
        for _, component in self.components:
            doc = component(doc)
        return doc

    def pipe(self, docs: Iterable[Doc]) -> Iterator[Doc]:
        for doc in docs:
            yield self(doc)


@lru_cache(maxsize=1)
def default_pipeline() -> Pipeline:
    # Imported here so that `sitrep --help` stays instant.
    from sitrep.nlp.actors import ActorTagger
    from sitrep.nlp.dates import DateTagger
    from sitrep.nlp.events import EventExtractor
    from sitrep.nlp.numbers import CasualtyTagger
    from sitrep.nlp.places import PlaceTagger
    from sitrep.nlp.sentences import SentenceSplitter
    from sitrep.nlp.sources import AttributionTagger
    from sitrep.nlp.triggers import TriggerTagger

    pipeline = Pipeline(
        [
            ("sentences", SentenceSplitter()),
            ("dates", DateTagger()),
            ("numbers", CasualtyTagger()),
            ("places", PlaceTagger()),
            ("actors", ActorTagger()),
            ("sources", AttributionTagger()),
            ("triggers", TriggerTagger()),
            ("events", EventExtractor()),
        ]
    )
    _warm_up(pipeline)
    return pipeline


def events_only(pipeline: Pipeline) -> Pipeline:
    """``pipeline`` with an event component that makes records only of event-status groups
    (``EventExtractor(events_only=True)``): for a caller that keeps only events, as
    ``sitrep extract`` does without ``--all-statuses``. The other components are shared."""
    from sitrep.nlp.events import EventExtractor

    return Pipeline([(name, EventExtractor(events_only=True) if name == "events" else component)
                     for name, component in pipeline.components])


# An invented report that reaches the components' lazily built tables (the event classifier,
# cue automata, gazetteer indexes...).
_WARM_UP_TEXT = (
    "Gunmen kill two in attack on village near Garissa\n\n"
    "Gunmen shot dead two people and wounded five others in an attack on a village in "
    "Garissa County, Kenya, on Tuesday 3 March 2020, police said. Al Shabaab militants were "
    "suspected. Separately, Syrian government forces shelled a town in Idlib province, the "
    "Syrian Observatory for Human Rights reported, and protesters marched in Chicago."
)


_GEN0_THRESHOLD = 10_000


def _warm_up(pipeline: Pipeline) -> None:
    """Run the pipeline once over an invented report, then freeze the garbage collector.

    Several components build tables on first use; doing that here makes start-up pay for it
    once, before ``parallel`` forks its workers (which then share the tables instead of each
    building its own copy). ``gc.freeze()`` then moves everything alive (the lexicons,
    automata and indexes: long-lived by design) out of the collector's reach, so that its
    full collections, triggered by the many small objects of each document, stop walking
    them over and over, and forked workers do not copy the pages that walk would touch.
    Whatever the warm-up leaves in per-text caches is what any earlier document would have
    left: components give the same result for a document whatever came before it.

    The youngest generation's threshold goes from 700 to 10,000 allocations: a document makes
    many short-lived containers, nearly all freed by reference counting, and at 700 the
    collector took 0.10 ms of the ~9 ms a document costs (600 dev articles: 193 young, 17
    middle and 1 full collection), against 0.04 ms at 10,000 (12 young ones); the cycles it
    exists to free wait a little longer, which a few thousand objects do not change."""
    try:
        pipeline(Doc(id="warm-up", text=_WARM_UP_TEXT, title=_WARM_UP_TEXT.split("\n")[0]))
    except Exception:  # noqa: BLE001 - a warm-up failure only costs speed; real input reports it
        pass
    gc.collect()
    gc.freeze()
    gen0, gen1, gen2 = gc.get_threshold()
    gc.set_threshold(max(gen0, _GEN0_THRESHOLD), max(gen1, 20), max(gen2, 20))


def extract(doc: Doc) -> Doc:
    """Run the default pipeline over one document (``doc.events`` holds the result)."""
    return default_pipeline()(doc)
