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
        ("Fighting broke out on July 30 in the valley.", "2021-07-30", "2021-07-30", "day"),
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


@pytest.mark.parametrize(
    "url,day,kind",
    [
        ("https://news.example.org/2021/08/20/strikes-hit-depot/", "2021-08-20", "path"),
        ("https://www.example.com/en/live-news/20220202-strikes-on-border", "2022-02-02", "path"),
        ("https://x.com/someone/status/1862828928248971589", "2024-11-30", "post-id"),
        ("https://web.archive.org/web/20240724092955id_/https://example.net/story/123", "2024-07-24", "archive"),
        # the outlet's own dated path wins over the archive's timestamp
        ("https://web.archive.org/web/20240724092955id_/https://example.net/2021/08/20/x", "2021-08-20", "path"),
        ("https://example.org/2022/a-woman-was-killed-on-january-20/", "2022-01-20", "slug"),
        ("https://example.org/one-civilian-killed-in-shelling-october-4-2023/", "2023-10-04", "slug"),
    ],
)
def test_date_from_url(url: str, day: str, kind: str) -> None:
    from sitrep.nlp.dates import date_from_url

    got = date_from_url(url)
    assert got is not None and (got[0].isoformat(), got[1]) == (day, kind)
    assert date_from_url("https://example.org/about/") is None


def test_outlet_path_date_anchors_relative_dates() -> None:
    doc = TAGGER(Doc(id="t", text="Jets struck the depot on Thursday.", outlet="https://e.org/2021/08/20/a/"))
    assert doc.get("dates")[0].attrs["start"] == "2021-08-19"
    bare = TAGGER(Doc(id="u", text="Jets struck the depot.", outlet="https://e.org/2021/08/20/a/"))
    assert event_date_for(bare, [])["event_date"] == "2021-08-20"  # publication fallback


def test_crawl_date_bounds_the_year_and_a_weekday_picks_it() -> None:
    # 12 June fell on a Monday in 2023; the page was archived in February 2024
    doc = TAGGER(Doc(id="t", text="On Monday, June 12th, a patrol was ambushed.",
                     outlet="https://web.archive.org/web/20240224231207id_/https://e.org/n/1"))
    assert doc.get("dates")[0].attrs["start"] == "2023-06-12"
    # a crawl date resolves no "yesterday"
    doc = TAGGER(Doc(id="t", text="A patrol was ambushed yesterday.", published=dt.date(2024, 2, 24),
                     published_source="archive-timestamp"))
    assert doc.get("dates")[0].attrs["start"] is None


def test_arabic_comma_before_year() -> None:
    a = first("3 March، 2022 | Aleppo - Shells fell on the market.", None)
    assert a["start"] == "2022-03-03"


def test_numeric_dates_day_first() -> None:
    assert first("Logged on 31/12/2019 by the post.", None)["start"] == "2019-12-31"
    assert first("Logged on 04/05/2019 by the post.", None)["start"] == "2019-05-04"


def test_overnight_range_is_dated_on_its_second_day() -> None:
    text = "On the night of 23 to 24 March 2019, a shop was torched in the market."
    doc = TAGGER(Doc(id="t", text=text))
    assert event_date_for(doc, [Span(0, len(text), "sentence", text)])["event_date"] == "2019-03-24"


def test_opening_date_of_a_report_wins() -> None:
    text = "On 14 May 2019, traders protested the beating of a hawker by guards on 9 May. The hawker was hurt."
    doc = TAGGER(Doc(id="t", text=text))
    assert event_date_for(doc, [Span(0, len(text), "sentence", text)])["event_date"] == "2019-05-14"


def test_whole_article_prefers_lead_date_near_publication() -> None:
    lead = "Shelling hit the village on 20 January 2022, killing two farmers."
    filler = " ".join(f"Residents described item {i} of the damage." for i in range(5))
    footer = "Related: A depot was hit on 7 February 2022."
    text = f"{lead} {filler} {footer}"
    doc = TAGGER(Doc(id="t", text=text, outlet="https://e.org/2022/01/21/shelling/"))
    # sentence spans: lead, five filler sentences, footer
    sents, pos = [], 0
    for part in [lead, *[f"Residents described item {i} of the damage." for i in range(5)], footer]:
        i = text.index(part, pos)
        sents.append(Span(i, i + len(part), "sentence", part))
        pos = i + len(part)
    assert event_date_for(doc, sents)["event_date"] == "2022-01-20"


def test_reporting_dates_lose_to_event_dates() -> None:
    text = "Police on Friday released the name of a courier shot on Thursday afternoon near the depot."
    doc = TAGGER(Doc(id="t", text=text, published=PUB))
    got = event_date_for(doc, [Span(0, len(text), "sentence", text)])
    assert got["event_date"] == "2022-05-12"


def test_long_relative_periods_are_background() -> None:
    text = "Jets have hit the valley repeatedly in the past few months, a monitor said."
    doc = TAGGER(Doc(id="t", text=text, published=PUB))
    got = event_date_for(doc, [Span(0, len(text), "sentence", text)])
    assert got["how"] == "published" and got["event_date"] == "2022-05-14"


def _sentences(text: str, parts: list[str]) -> list[Span]:
    out, pos = [], 0
    for part in parts:
        i = text.index(part, pos)
        out.append(Span(i, i + len(part), "sentence", part))
        pos = i + len(part)
    return out


def _doc(text: str, parts: list[str], **kw: object) -> Doc:
    """A tagged Doc whose ``sentences`` layer holds ``parts`` (cues are read per sentence)."""
    doc = Doc(id="t", text=text, **kw)  # type: ignore[arg-type]
    doc.layers["sentences"] = _sentences(text, parts)
    return TAGGER(doc)


def test_overnight_is_dated_on_the_publication_day() -> None:
    text = "A clerk was wounded overnight at a fuel station."
    doc = TAGGER(Doc(id="t", text=text, published=PUB))
    got = event_date_for(doc, [Span(0, len(text), "sentence", text)])
    assert (got["start"], got["end"], got["event_date"]) == ("2022-05-13", "2022-05-14", "2022-05-14")


def test_overnight_narrowed_by_a_clock_time_elsewhere() -> None:
    parts = ["Two cousins were hurt in a shooting overnight.", "It happened about 11:40 p.m. Friday near the river."]
    text = " ".join(parts)
    doc = _doc(text, parts, published=PUB)
    assert event_date_for(doc, doc.get("sentences")[:1])["event_date"] == "2022-05-13"


def test_arrest_date_gives_way_to_the_incident_date() -> None:
    parts = [
        "Deputies arrested a roofer on Thursday.",
        "He is accused in the April 30 shooting of a cashier outside a bakery.",
    ]
    text = " ".join(parts)
    doc = _doc(text, parts, published=PUB)
    got = event_date_for(doc, doc.get("sentences")[:1])
    assert got["event_date"] == "2022-04-30" and got["how"] == "article"


def test_trailing_attribution_does_not_make_a_report_date() -> None:
    parts = ["A bus driver was shot Tuesday night on Elm Road, investigators said.",
             "Officials released his name on Thursday."]
    text = " ".join(parts)
    doc = _doc(text, parts, published=PUB)
    assert event_date_for(doc, doc.get("sentences"))["event_date"] == "2022-05-10"


def test_capitalised_cue_word_inside_a_name_is_not_a_cue() -> None:
    from sitrep.nlp.dates import _cue

    parts = ["Eight people were wounded at Lakeside Memorial Park on Monday."]
    doc = _doc(parts[0], parts, published=PUB)
    assert _cue(doc, doc.get("dates")[0]) == 0  # "wounded", not "Memorial"


def test_incident_date_found_outside_the_event_sentences() -> None:
    parts = ["Neighbours were shaken by what they saw.", "Some stayed indoors.", "Others left town.",
             "A fence was painted.", "The shooting happened on Monday afternoon behind a garage."]
    text = " ".join(parts)
    doc = _doc(text, parts, published=PUB)
    got = event_date_for(doc, doc.get("sentences")[:1])
    assert got["event_date"] == "2022-05-09" and got["how"] == "article"


def test_dated_address_earlier_than_given_date_anchors() -> None:
    # given date 14 May (a re-post or crawl); the outlet dated the page 10 May (a Tuesday)
    doc = TAGGER(Doc(id="t", text="A guard was hurt on Monday.", published=PUB, published_source="field",
                     url="https://news.example.org/2022/05/10/guard-hurt/"))
    assert doc.get("dates")[0].attrs["start"] == "2022-05-09"


def test_month_precision_publication_anchors_no_day() -> None:
    doc = TAGGER(Doc(id="t", text="Two farmers were hurt this morning.", published=dt.date(2022, 1, 1),
                     published_precision="month", published_source="url"))
    assert doc.get("dates")[0].attrs["start"] is None
    assert event_date_for(doc, [Span(0, len(doc.text), "sentence", doc.text)]) is None


def test_ambiguous_numeric_date_takes_the_reading_before_publication() -> None:
    # 12/5/22 read day-first would be 12 May; published on 5 December it is 5 December
    doc = TAGGER(Doc(id="t", text="Photo taken 12/5/22 at the scene.", published=dt.date(2022, 12, 5)))
    assert doc.get("dates")[0].attrs["start"] == "2022-12-05"
    # a date far before publication keeps the day-first reading
    assert first("Logged on 04/05/2019 by the post.")["start"] == "2019-05-04"


def test_month_named_with_a_year_elsewhere_gives_the_year_under_a_crawl_date() -> None:
    text = "Raids grew through March 2022. On March 5, a drone hit a truck near the ford."
    doc = TAGGER(Doc(id="t", text=text, published=dt.date(2025, 6, 1), published_source="archive-timestamp"))
    spans = [s for s in doc.get("dates") if s.text.startswith("March 5")]
    assert spans and spans[0].attrs["start"] == "2022-03-05"


def test_event_word_governed_by_a_preposition_does_not_time_the_date() -> None:
    from sitrep.nlp.dates import _cue

    parts = ["The roofer pleaded not guilty Friday in the death of a cashier."]
    doc = _doc(parts[0], parts, published=PUB)
    assert _cue(doc, doc.get("dates")[0]) == 2  # the plea's date, not the death's


def test_coarse_sentence_date_refined_by_a_day_inside_it() -> None:
    parts = ["A cashier was shot last week outside a bakery.", "Police say the May 5 shooting followed a dispute."]
    text = " ".join(parts)
    doc = _doc(text, parts, published=PUB)
    got = event_date_for(doc, doc.get("sentences")[:1])
    assert got["event_date"] == "2022-05-05" and got["how"] == "article"


def test_day_in_the_week_before_publication_beats_the_publication_fallback() -> None:
    parts = ["Neighbours heard loud bangs.", "Some stayed indoors.", "Others left town.",
             "A grey van stood at the corner on Wednesday."]
    text = " ".join(parts)
    doc = _doc(text, parts, published=PUB)
    got = event_date_for(doc, doc.get("sentences")[:1])
    assert got["event_date"] == "2022-05-11" and got["time_precision"] == 1
