"""default_pipeline's warm-up: it must reach the lazily built tables and change no result."""

from __future__ import annotations

import gc

from sitrep.doc import Doc
from sitrep.pipeline import _WARM_UP_TEXT, default_pipeline

TEXT = (
    "Militants attack police post in invented Osmerk\n\n"
    "Militants attacked a police post in the invented town of Osmerk on Friday, killing three "
    "officers, police said."
)


def _events(doc: Doc) -> list[dict]:
    return [e.to_json() for e in doc.events]


def test_warm_up_text_reaches_the_event_step() -> None:
    # The warm-up is only useful when its report goes all the way to events (the classifier
    # and the role tables load there).
    doc = default_pipeline()(Doc(id="w", text=_WARM_UP_TEXT))
    assert doc.events


def test_warm_up_freezes_the_collector_and_keeps_results() -> None:
    pipeline = default_pipeline()
    assert gc.get_freeze_count() > 0
    first = _events(pipeline(Doc(id="a", text=TEXT, title=TEXT.split("\n")[0])))
    pipeline(Doc(id="w", text=_WARM_UP_TEXT))
    again = _events(pipeline(Doc(id="a", text=TEXT, title=TEXT.split("\n")[0])))
    assert first == again


def test_warm_up_raises_the_young_generation_threshold() -> None:
    default_pipeline()
    assert gc.get_threshold()[0] >= 10_000
