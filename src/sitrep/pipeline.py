"""The extraction pipeline: small components run in order over a :class:`~sitrep.doc.Doc`.

Each component is a callable ``component(doc) -> doc`` that reads the text and the layers
written before it and adds its own layer (see ``docs/ARCHITECTURE.md``). The last component
assembles ``doc.events``. Components are built once and reused: construction loads the
lexicons and the gazetteer, calling is cheap.
"""

from __future__ import annotations

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

    return Pipeline(
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


def extract(doc: Doc) -> Doc:
    """Run the default pipeline over one document (``doc.events`` holds the result)."""
    return default_pipeline()(doc)
