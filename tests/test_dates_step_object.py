"""A charge or a death that is the object of a later step ("charged with murder Thursday",
"pronounced dead at 9:40 a.m. Friday") times that step, not the incident; and the dot of
"p.m." ends no clause, so "about 3 p.m. March 2, police said" is an attributed incident date.
Invented sentences."""

from __future__ import annotations

import datetime as dt

from sitrep.doc import DATES, Doc, Span
from sitrep.nlp.dates import DateTagger, _late, event_date_for

TAGGER = DateTagger()
PUB = dt.date(2022, 3, 11)  # a Friday


def _doc(sentences: list[str]) -> Doc:
    text = " ".join(sentences)
    doc = Doc(id="t", text=text, published=PUB, published_precision="day", published_source="field")
    spans, at = [], 0
    for s in sentences:
        spans.append(Span(at, at + len(s), "sentence", s))
        at += len(s) + 1
    doc.layers["sentences"] = spans
    return TAGGER(doc)


def _date(doc: Doc, phrase: str) -> Span:
    return next(d for d in doc.get(DATES) if d.text.strip() == phrase)


def test_charged_with_murder_on_a_day_is_the_charge() -> None:
    doc = _doc(["A cook was charged with murder Thursday in the death of a driver on Monday."])
    assert _late(doc, _date(doc, "Thursday"))[1] == 2
    got = event_date_for(doc, doc.get("sentences"))
    assert got is not None and got["event_date"] == "2022-03-07"


def test_pronounced_dead_at_a_clock_time_is_a_later_step() -> None:
    doc = _doc(["The boy was pronounced dead at 9:40 a.m. Friday at the county hospital.",
                "Deputies said he was shot about 8 p.m. Wednesday behind a barn."])
    assert _late(doc, _date(doc, "Friday"))[1] == 2
    got = event_date_for(doc, doc.get("sentences")[:1])
    assert got is not None and got["event_date"] == "2022-03-09"


def test_arrested_in_connection_with_a_shooting_on_a_day_stays_the_shooting() -> None:
    doc = _doc(["A man was arrested in connection with a shooting Monday morning on Pine Lane."])
    assert _late(doc, _date(doc, "Monday morning")) == (0, 0)


def test_a_clock_dot_ends_no_clause_before_an_attributed_date() -> None:
    doc = _doc(["Officers arrested a teenager Thursday night for the robbery, police said.",
                "The clerk was shot around 3:15 p.m. March 2, police said."])
    assert _late(doc, _date(doc, "March 2")) == (0, 0)
    got = event_date_for(doc, doc.get("sentences")[:1])
    assert got is not None and got["event_date"] == "2022-03-02"


def test_a_clock_time_after_a_statement_verb_times_the_statement() -> None:
    doc = _doc(["The driver was released, the sheriff's office said about 6 p.m. Thursday.",
                "He had fired at a parked van late Tuesday, deputies said."])
    assert _late(doc, _date(doc, "Thursday"))[0] == 1
    got = event_date_for(doc, doc.get("sentences")[:1])
    assert got is not None and got["event_date"] == "2022-03-08"


def test_a_clock_time_after_says_that_opens_a_clause_is_the_incident() -> None:
    doc = _doc(["The sheriff's office says around 4 p.m. on Wednesday, deputies were sent to a farm."])
    assert _late(doc, _date(doc, "on Wednesday"))[0] == 0


def test_as_of_a_time_is_a_status_not_the_incident() -> None:
    doc = _doc(["As of 10 a.m. Thursday, the wounded clerk remained in serious condition."])
    assert _late(doc, _date(doc, "Thursday"))[0] == 1


def test_a_photo_caption_date_is_a_later_step() -> None:
    doc = _doc(["The porch where the boy was shot is shown Friday on Elm Street.",
                "He was wounded about 9 p.m. Wednesday, police said."])
    assert _late(doc, _date(doc, "Friday"))[1] == 2
    got = event_date_for(doc, doc.get("sentences")[:1])
    assert got is not None and got["event_date"] == "2022-03-09"


def test_a_clock_time_after_died_times_the_death() -> None:
    doc = _doc(["The cashier died just after 6 p.m. Thursday at the county hospital.",
                "Deputies said she was shot around 5 p.m. Tuesday outside the store."])
    assert _late(doc, _date(doc, "Thursday"))[1] == 2
    assert _late(doc, _date(doc, "Tuesday")) == (0, 0)
    got = event_date_for(doc, doc.get("sentences")[:1])
    assert got is not None and got["event_date"] == "2022-03-08"
