"""A short untitled note telling one event is read whole by the model (events._whole_note)."""

from __future__ import annotations

import datetime as dt

from sitrep.doc import Doc
from sitrep.pipeline import extract

# One event sentence, then a sentence with no event cue of its own that still tells the model
# more about what happened.
NOTE = ("On 3 May, youths blocked the road at Kimbo market over the price of water. "
        "Traders shut their stalls and the crowd stayed until the evening.")


def _whole(doc: Doc) -> tuple[object, list[str]] | None:
    found = doc.memo.get("events.whole_note")
    return None if found is None else (found[0], [s.text for s in found[1]])


def test_short_untitled_note_reads_every_sentence() -> None:
    doc = extract(Doc(id="n", text=NOTE))
    found = _whole(doc)
    assert found is not None
    assert len(found[1]) == len(doc.sentences) == 2
    assert doc.events and doc.events[0].status == "event"


def test_titled_page_reads_only_the_event_sentences() -> None:
    doc = extract(Doc(id="n", text=NOTE, title="Road blocked at Kimbo market"))
    assert _whole(doc) is None


def test_long_note_reads_only_the_event_sentences() -> None:
    filler = " The market committee met the county officer later in the week to talk." * 10
    doc = extract(Doc(id="n", text=NOTE + filler))
    assert len(doc.text) > 600
    assert _whole(doc) is None


def test_two_dated_events_are_not_read_as_one() -> None:
    text = ("Gunmen shot dead two herders near Garissa on 3 May 2021. On 9 May 2021, "
            "hundreds of teachers marched peacefully in Nakuru over unpaid salaries.")
    doc = extract(Doc(id="n", text=text, published=dt.date(2021, 5, 12)))
    assert sum(e.status == "event" for e in doc.events) == 2
    assert _whole(doc) is None


def test_note_in_another_language_reads_only_the_event_sentences() -> None:
    doc = extract(Doc(id="n", text=NOTE, language="tr"))
    assert _whole(doc) is None


def test_a_sentence_shared_with_a_background_group_stays_read() -> None:
    # One sentence holds both the event and a background mention (two groups on one
    # sentence): the event's own sentence is still what the model reads.
    doc = extract(Doc(id="n", text="Kimbo residents protest frequent power cuts on 12/3."))
    assert [e.status for e in doc.events] == ["event", "background"]
    found = _whole(doc)
    assert found is not None and len(found[1]) == 1
    assert doc.events[0].sub_event_type == "Peaceful protest"
