"""Pages dated only by an archive capture: the year of a yearless day, and conflict event cues."""

from __future__ import annotations

import datetime as dt

from sitrep.doc import DATES, SENTENCES, Doc, Span
from sitrep.nlp.dates import DateTagger, event_date_for

TAGGER = DateTagger()
CRAWL = "https://web.archive.org/web/20230331221917id_/https://news.example.org/drone-hits-car/"


def _doc(text: str) -> Doc:
    return TAGGER(Doc(id="t", text=text, outlet=CRAWL))


def _start(doc: Doc, phrase: str) -> str | None:
    return next(d.attrs["start"] for d in doc.get(DATES) if d.text == phrase)


def test_a_since_date_gives_no_year_to_a_yearless_day() -> None:
    # "since 15 March 2016" says when a long story began; "On August 10" is the latest
    # 10 August before the capture (31 March 2023), not one in 2016
    doc = _doc("On August 10, a drone hit a car near Tal Baydar, killing two men. "
               "The town has been shelled repeatedly since 15 March 2016.")
    assert _start(doc, "August 10") == "2022-08-10"


def test_a_since_month_gives_no_year_to_the_same_month() -> None:
    doc = _doc("Gunmen raided a checkpoint on 4 June, wounding three guards. "
               "Raids have grown more frequent since June 2019.")
    assert _start(doc, "4 June") == "2022-06-04"


def test_a_dated_full_mention_still_gives_the_year() -> None:
    # a full date that is not a period's start still lends its year
    doc = _doc("Shells fell on the market on 2 May. A similar attack on 9 April 2021 killed four.")
    assert _start(doc, "2 May") == "2021-05-02"


def test_targeted_is_an_event_cue() -> None:
    # the lead's first date times the strike ("targeted"), the later one an earlier strike;
    # both are event cues now, so the earlier mention in the text wins
    text = ("On August 10, a drone targeted a vehicle near the village of Kherbet Nour. "
            "A strike on August 6 killed two fighters in the same area.")
    doc = _doc(text)
    got = event_date_for(doc, [])
    assert got is not None
    assert got["event_date"] == "2022-08-10"


def test_massacre_times_the_event_not_a_statement() -> None:
    # an event cue beats a date that times nothing in particular, though it comes first
    pub = dt.date(2022, 5, 14)  # a Saturday
    text = "The governor spoke on Friday. Militiamen carried out a massacre in the village on Thursday."
    doc = Doc(id="t", text=text, published=pub)
    cut = text.index(" Militiamen")
    doc.add(SENTENCES, Span(0, cut, "sentence", text[:cut]))
    doc.add(SENTENCES, Span(cut + 1, len(text), "sentence", text[cut + 1:]))
    TAGGER(doc)
    got = event_date_for(doc, [])
    assert got is not None
    assert got["event_date"] == "2022-05-12"


def test_a_yearless_day_after_the_latest_dated_month_falls_in_the_next_year() -> None:
    # a text that writes "November 2021" out and then says "Jan. 9" was written after that
    # November: the January is the one that follows it, not the one ten months before
    doc = _doc("Guards arrested two men on Jan. 9 over the raid on the depot in November 2021.")
    assert _start(doc, "Jan. 9") == "2022-01-09"
    # a day near the dated mention keeps its year
    near = _doc("Guards arrested two men on 3 April over a raid on the depot on 6 April 2021.")
    assert _start(near, "3 April") == "2021-04-03"
    # never past the capture date (31 March 2023): the year after the hint must fit too
    late = _doc("Guards arrested two men on 20 May over a raid in December 2022.")
    assert _start(late, "20 May") == "2022-05-20"
