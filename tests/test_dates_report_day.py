"""A note without a publication date that opens with the day the news came ("On 4 March
2021, it was reported that ..."): that day anchors the sentence's relative dates and is not
the event's own when the sentence dates the event. Also the common month misspellings.
Invented sentences."""

from __future__ import annotations

from sitrep.doc import DATES, Doc, Span
from sitrep.nlp.dates import DateTagger, event_date_for

TAGGER = DateTagger()


def _doc(text: str) -> Doc:
    doc = Doc(id="t", text=text)
    doc.layers["sentences"] = [Span(0, len(text), "sentence", text)]
    return TAGGER(doc)


def _dates(doc: Doc) -> dict[str, dict]:
    return {d.text: d.attrs for d in doc.get(DATES)}


def test_the_report_day_anchors_last_week() -> None:
    # 4 March 2021 is a Thursday: "last week" is 22-28 February, coded by its middle day
    doc = _doc("On 4 March 2021, it was reported that last week two traders were shot dead "
               "by raiders near Kolowa.")
    got = _dates(doc)
    assert got["4 March 2021"]["kind"] == "stamp"
    assert (got["last week"]["start"], got["last week"]["end"]) == ("2021-02-22", "2021-02-28")
    date = event_date_for(doc, doc.get("sentences"))
    assert date is not None and date["event_date"] == "2021-02-25"
    assert date["time_precision"] == 2


def test_the_report_day_gives_way_to_a_written_day() -> None:
    doc = _doc("On 4 March 2021, it was reported that on 27 February herders burned six "
               "huts in Lomut.")
    date = event_date_for(doc, doc.get("sentences"))
    assert date is not None and date["event_date"] == "2021-02-27"


def test_a_report_day_that_dates_nothing_else_stays_the_event_day() -> None:
    doc = _doc("On 4 March 2021, it was reported that two traders were shot dead near Kolowa.")
    assert _dates(doc)["4 March 2021"]["kind"] == "point"
    date = event_date_for(doc, doc.get("sentences"))
    assert date is not None and date["event_date"] == "2021-03-04"


def test_an_ordinary_opening_day_anchors_nothing() -> None:
    # no "it was reported": the weekday in the next sentence stays unresolved
    doc = _doc("On 4 March 2021, raiders shot two traders near Kolowa. On Monday more came.")
    got = _dates(doc)
    assert got["4 March 2021"]["kind"] == "point"
    assert got["On Monday"]["start"] is None


def test_common_month_misspellings() -> None:
    got = _dates(_doc("Around Spet 14th 2020 youths blocked the road; on Feburary 3, 2021 again."))
    assert got["Around Spet 14th 2020"]["start"] == "2020-09-14"
    assert got["Feburary 3, 2021"]["start"] == "2021-02-03"


def test_a_press_release_stamp_and_a_related_link_date_time_no_event() -> None:
    doc = _doc("FOR IMMEDIATE RELEASE March 9, 2021. Related articles March 2, 2021 Two hurt in crash. "
               "Deputies said a man was shot on March 7, 2021 near a gas station.")
    got = _dates(doc)
    assert got["March 9, 2021"]["kind"] == "stamp"
    assert got["March 2, 2021"]["kind"] == "stamp"
    assert got["March 7, 2021"]["kind"] == "point"
