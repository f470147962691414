"""DateTagger and event_date_for on invented sentences."""

import datetime as dt
from pathlib import Path

import pytest

from sitrep.doc import Doc, Span
from sitrep.nlp.dates import DateTagger, event_date_for

PUB = dt.date(2022, 5, 14)  # a Saturday
TAGGER = DateTagger()


def tag(text: str, pub: dt.date | None = PUB) -> list[Span]:
    return TAGGER(Doc(id="t", text=text, published=pub)).get("dates")


def first(text: str, pub: dt.date | None = PUB) -> dict:
    spans = tag(text, pub)
    assert spans, text
    return spans[0].attrs


@pytest.mark.parametrize(
    "text,start,end,precision",
    [
        ("Shelling resumed on Saturday near the bridge.", "2022-05-14", "2022-05-14", "day"),
        ("Shelling resumed on Thursday near the bridge.", "2022-05-12", "2022-05-12", "day"),
        ("A convoy was hit yesterday.", "2022-05-13", "2022-05-13", "day"),
        ("In the last 24 hours, two towns fell.", "2022-05-13", "2022-05-14", "day"),
        ("Fighting broke out on April 30 in the valley.", "2022-04-30", "2022-04-30", "day"),
        ("Fighting broke out on June 2 in the valley.", "2021-06-02", "2021-06-02", "day"),
        ("Fighting broke out on 9 May in the valley.", "2022-05-09", "2022-05-09", "day"),
        ("It started on November 3 2018 at dawn.", "2018-11-03", "2018-11-03", "day"),
        ("Dated 03/11/2018 in the report.", "2018-11-03", "2018-11-03", "day"),
        ("Logged as 2018-11-03 in the file.", "2018-11-03", "2018-11-03", "day"),
        ("Roads were closed over the weekend.", "2022-05-14", "2022-05-14", "week"),
        ("Two markets burned last week.", "2022-05-02", "2022-05-08", "week"),
        ("Raids grew in the past two weeks.", "2022-04-30", "2022-05-14", "week"),
        ("Earlier this month the camp emptied.", "2022-05-01", "2022-05-14", "month"),
        ("The town fell in August 2016.", "2016-08-01", "2016-08-31", "month"),
    ],
)
def test_resolves(text: str, start: str, end: str, precision: str) -> None:
    a = first(text)
    assert (a["start"], a["end"], a["precision"]) == (start, end, precision)


def test_year_and_since_are_background() -> None:
    spans = tag("The group was formed in 2013 and has grown since March 2019.")
    kinds = [s.attrs["kind"] for s in spans]
    assert kinds == ["background-year", "since"]
    assert spans[1].attrs["start"] == "2019-03-01"


def test_relative_without_publication_stays_unresolved() -> None:
    spans = tag("The post was attacked on Tuesday; the inquiry opened on 4 July 2020.", None)
    assert spans[0].attrs["start"] is None and spans[0].attrs["relative"]
    assert spans[1].attrs["start"] == "2020-07-04"


def test_event_date_prefers_sentence_then_publication() -> None:
    text = "Markets reopened.\n\nGunmen attacked a post on Wednesday. Three guards were hurt."
    doc = TAGGER(Doc(id="t", text=text, published=PUB))
    s2 = Span(text.index("Gunmen"), text.index(" Three"), "sentence", "")
    s3 = Span(text.index("Three"), len(text), "sentence", "")
    got = event_date_for(doc, [s2])
    assert got["event_date"] == "2022-05-11" and got["time_precision"] == 1
    # the next sentence has no date: the one earlier in the paragraph is used
    assert event_date_for(doc, [s3])["event_date"] == "2022-05-11"
    bare = TAGGER(Doc(id="u", text="Markets reopened.", published=PUB))
    fallback = event_date_for(bare, [Span(0, 17, "sentence", "")])
    assert fallback["event_date"] == "2022-05-14" and fallback["time_precision"] == 2


def test_month_precision_is_coded_mid_month() -> None:
    text = "In October 2017 villagers fled the valley."
    doc = TAGGER(Doc(id="t", text=text))
    got = event_date_for(doc, [Span(0, len(text), "sentence", text)])
    assert got["event_date"] == "2017-10-15" and got["time_precision"] == 3


def test_shared_dev_file_readable() -> None:
    path = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "acled_kenya.dev.jsonl"
    if not path.exists():
        pytest.skip(f"gold data not found at {path}")
    import json

    rows = [json.loads(line) for line in path.open()][:200]
    ok = n = 0
    for r in rows:
        doc = TAGGER(Doc(id=r["id"], text=r["text"]))
        e = event_date_for(doc, [Span(0, len(doc.text), "sentence", doc.text)])
        if e:
            n += 1
            ok += e["event_date"] == r["gold"]["event_date"]
    assert n and ok / n > 0.7
