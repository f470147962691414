"""Event dates of follow-up stories, page stamps, days after publication and dated addresses.

All sentences are invented.
"""

from __future__ import annotations

import datetime as dt

from sitrep.doc import Doc, Span
from sitrep.ingest import dates as ingest_dates
from sitrep.nlp.dates import DateTagger, anchor_dates, date_from_url, event_date_for

TAGGER = DateTagger()
PUB = dt.date(2021, 3, 10)  # a Wednesday


def _doc(parts: list[str], title: str | None = None, **kw: object) -> Doc:
    """A tagged Doc whose text is ``title`` (when given) and ``parts``, one sentence each."""
    pieces = ([title] if title else []) + parts
    text = "\n\n".join(pieces)
    doc = Doc(id="t", text=text, title=title, **kw)  # type: ignore[arg-type]
    spans, pos = [], 0
    for piece in pieces:
        i = text.index(piece, pos)
        spans.append(Span(i, i + len(piece), "sentence", piece))
        pos = i + len(piece)
    doc.layers["sentences"] = spans
    return TAGGER(doc)


def _date_of(doc: Doc, sentence: int) -> dict:
    got = event_date_for(doc, [doc.get("sentences")[sentence]])
    assert got is not None
    return got


def test_weekday_after_publication_is_a_day_to_come() -> None:
    # a Wednesday paper naming "Thursday": the story was updated the next day (or the day is
    # ahead); six days back is not what it means
    doc = _doc(["Crews searched the orchard Thursday for the rifle."], published=PUB)
    d = doc.get("dates")[0].attrs
    assert (d["start"], d["kind"]) == ("2021-03-11", "future")
    # "last Thursday" keeps the week before
    doc = _doc(["The orchard was searched last Thursday."], published=PUB)
    assert doc.get("dates")[0].attrs["start"] == "2021-03-04"


def test_day_and_month_just_after_publication_is_a_day_to_come() -> None:
    # a hearing "scheduled for March 29" in a page of 10 March is this year's, still to come
    doc = _doc(["A hearing is scheduled for March 29 at 9 a.m."], published=PUB)
    d = doc.get("dates")[0].attrs
    assert (d["start"], d["kind"]) == ("2021-03-29", "future")
    # months ahead, it is last year's
    assert _doc(["The depot burned on June 2."], published=PUB).get("dates")[0].attrs["start"] == "2020-06-02"


def test_day_to_come_never_dates_an_incident() -> None:
    doc = _doc(["A courier was wounded on Tuesday night.",
                "The driver will be arraigned later this week and deputies return Thursday."],
               published=PUB)
    kinds = [d.attrs["kind"] for d in doc.get("dates")]
    assert kinds.count("future") == 2
    got = _date_of(doc, 1)  # the lead's day, not a day to come
    assert (got["event_date"], got["how"]) == ("2021-03-09", "lead")


def test_page_stamp_in_the_body_is_not_the_incident_date() -> None:
    doc = _doc(["Updated: Wednesday, March 10, 2021 8:05 AM",
                "A grocer was shot on Monday outside his shop."], published=PUB)
    stamp = doc.get("dates")[0].attrs
    assert stamp["kind"] == "stamp"
    assert _date_of(doc, 0)["event_date"] == "2021-03-08"


def test_page_stamp_stands_in_for_a_missing_publication_date() -> None:
    doc = _doc(["(Published Tuesday, Feb. 2, 2021)", "Two hikers were hurt in a shooting."])
    got = _date_of(doc, 1)
    assert (got["event_date"], got["how"], got["time_precision"]) == ("2021-02-02", "published", 2)


def test_date_after_publication_is_not_the_event() -> None:
    # a "related news" line added to the page later than its own date
    doc = _doc(["A farmer was hurt by a stray round on 9 March 2021.",
                "Daily toll: three people killed on 28 March 2021 across the province."],
               published=PUB, published_source="url")
    assert _date_of(doc, 1)["event_date"] == "2021-03-09"


def test_follow_up_story_is_dated_by_the_incident_it_names() -> None:
    title = "Orchard worker sentenced in cousin's killing"
    parts = ["A judge on Tuesday sentenced an orchard worker to 20 years.",
             "Prosecutors said that on Aug. 14, 2019, he fired four times at his cousin."]
    doc = _doc(parts, title=title, published=PUB)
    got = _date_of(doc, 1)
    assert got["event_date"] == "2019-08-14"
    # the same story without a follow-up title keeps the sentence's own date
    doc = _doc(["Police said Tuesday a courier was hurt in a crash."], title="Courier hurt in crash",
               published=PUB)
    assert _date_of(doc, 1)["event_date"] == "2021-03-09"


def test_follow_up_ignores_a_yearless_day_most_of_a_year_back() -> None:
    # "Nov. 30" without a year resolves to last November: more likely a court date to come
    title = "Driver charged in parking lot shooting"
    parts = ["A driver was charged Tuesday in the shooting of a clerk.",
             "He is due in court Nov. 30 for a hearing."]
    doc = _doc(parts, title=title, published=PUB)
    assert _date_of(doc, 1)["event_date"] == "2021-03-09"


def test_named_incident_day_wins_over_a_statement_day() -> None:
    parts = ["The sheriff said Tuesday the case was closed.",
             "The shooting happened early Jan. 3 near the dam."]
    doc = _doc(parts, published=PUB)
    assert [d.text for d in doc.get("dates")][-1] == "Jan. 3"
    assert _date_of(doc, 0)["event_date"] == "2021-01-03"


def test_post_id_beats_a_date_read_from_the_page() -> None:
    # 1500736344200470533 >> 22 is a millisecond timestamp in March 2022
    url = "https://twitter.com/someone/status/1500736344200470533"
    doc = Doc(id="t", text="Strikes hit the depot last night.", published=dt.date(2021, 12, 31),
              published_source="header", url=url)
    pub, _ = anchor_dates(doc)
    assert pub == dt.date(2022, 3, 7)


def test_day_first_date_as_last_address_segment() -> None:
    assert date_from_url("https://news.example.net/english/region/16082022") == (dt.date(2022, 8, 16), "path")
    assert date_from_url("https://news.example.net/english/region/160820223") == (dt.date(2022, 8, 16), "path")
    assert date_from_url("https://news.example.net/story/34598909") is None  # no day 34
    assert ingest_dates.url_date("https://news.example.net/english/region/16082022") == (
        dt.date(2022, 8, 16), "day")


def test_dateline_with_an_arabic_comma() -> None:
    found = ingest_dates.leading_dateline("12 January\u060c 2023 Homs, an agency said a depot burned.")
    assert found is not None and found.date == dt.date(2023, 1, 12)
