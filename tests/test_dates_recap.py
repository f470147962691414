"""An undated report of the latest incident, then a paragraph retelling an earlier one ("On
June 2, monitors documented the death of two farmers ..."): the earlier day is not the
lead incident's; publication dates it. Invented sentences."""

from __future__ import annotations

import datetime as dt

from sitrep.doc import Doc, Span
from sitrep.nlp.dates import DateTagger, event_date_for

TAGGER = DateTagger()
PUB = dt.date(2022, 6, 9)


def _doc(paragraphs: list[str], tolls: list[tuple[str, int]]) -> Doc:
    text = "\n\n".join(paragraphs)
    doc = Doc(id="t", text=text, published=PUB, published_precision="day", published_source="field")
    spans, at = [], 0
    for i, p in enumerate(paragraphs):
        spans.append(Span(at, at + len(p), "sentence", p, {"paragraph": i, "title": i == 0}))
        at += len(p) + 2
    doc.layers["sentences"] = spans
    for phrase, best in tolls:  # the numbers component's tolls, placed by hand
        start = text.index(phrase)
        doc.layers.setdefault("numbers", []).append(
            Span(start, start + len(phrase), "killed", phrase, {"best": best}))
    return TAGGER(doc)


TITLE = "Shelling kills a shepherd near Tal Hamra"
LEAD = "Monitors have documented the death of a shepherd in shelling on Tal Hamra village."


def test_a_retold_earlier_report_gives_way_to_publication() -> None:
    doc = _doc([TITLE, LEAD, "On June 2, monitors documented the death of two farmers in a drone strike."],
               [("a shepherd in", 1), ("two farmers", 2)])
    got = event_date_for(doc, doc.get("sentences"))
    assert got is not None and got["how"] == "published" and got["event_date"] == "2022-06-09"


def test_a_later_paragraph_that_dates_the_incident_itself_is_kept() -> None:
    # no report verb: "On June 2, the shell landed ..." dates the lead's own incident
    doc = _doc([TITLE, LEAD, "On June 2, the shell landed beside his flock at dawn."],
               [("a shepherd in", 1)])
    got = event_date_for(doc, doc.get("sentences"))
    assert got is not None and got["event_date"] == "2022-06-02"


def test_a_recent_retold_day_is_kept() -> None:
    # two days before publication: as likely the lead incident's own day
    doc = _doc([TITLE, LEAD, "On June 7, monitors documented the death of two farmers in a drone strike."],
               [("a shepherd in", 1), ("two farmers", 2)])
    got = event_date_for(doc, doc.get("sentences"))
    assert got is not None and got["event_date"] == "2022-06-07"
