"""Publication date priority at ingest (invented pages)."""

import datetime as dt

from sitrep.ingest import make_doc
from sitrep.ingest.dates import post_date

# A status id whose timestamp bits say 2022-08-06 12:00 UTC (made up for this test).
STATUS_URL = "https://twitter.com/some_account/status/1555895488364544000"


def test_post_date_reads_the_status_id():
    assert post_date(STATUS_URL) == dt.date(2022, 8, 6)
    assert post_date("https://example.org/news/2022/08/06/story") is None


def test_a_posts_own_timestamp_beats_the_date_printed_on_the_page():
    doc = make_doc("p", "Saturday 20 February 2021 - 20:59\n\nA shell hit a house in the town, "
                   "wounding two people, residents said.", url=STATUS_URL)
    assert doc.published == dt.date(2022, 8, 6)
    # Without a post id the page's dateline is the publication date.
    plain = make_doc("q", "Saturday 20 February 2021 - 20:59\n\nA shell hit a house in the "
                     "town, wounding two people, residents said.",
                     url="https://example.org/news/story-123")
    assert plain.published == dt.date(2021, 2, 20)
    # A given publication date outranks both.
    given = make_doc("r", "A shell hit a house.", url=STATUS_URL, published="2022-08-07")
    assert given.published == dt.date(2022, 8, 7)


def test_a_byline_date_with_time_zone_is_the_publication_date():
    text = ("Gunmen storm a border post\n\n\"The fighting has not stopped since the early hours and "
            "more units are on their way to the area,\" a local commander told the broadcaster "
            "on the phone.\n\nBy A Reporter, regional correspondent\n\n"
            "Tuesday 8 March 2022 09:15, UK\n\nFighting went on near the post after an attack on "
            "Monday, officials said.")
    doc = make_doc("z", text, url="https://web.archive.org/web/20250101000000id_/https://example.org/story/abc")
    assert doc.published == dt.date(2022, 3, 8)
    assert doc.published_source == "header"
    assert "09:15" not in doc.text
    # A date followed by words is a sentence, not a dateline line.
    from sitrep.ingest.dates import whole_line_dateline
    assert whole_line_dateline("8 March 2022 Police said the road was closed") is None
    assert whole_line_dateline("8 March 2022 16:42 (EDT)") is not None


def test_url_slug_with_day_and_month_name_dates_the_page():
    from sitrep.ingest.dates import url_date
    assert url_date("https://map.example.org/en/2021/24-november-shelling-on-a-town") == (
        dt.date(2021, 11, 24), "day")
    assert url_date("https://map.example.org/en/2021/24-things-to-know") is None


def test_an_embedded_posts_date_dates_a_page_known_only_from_a_crawl():
    text = ("Shelling hits a village near the river\n\n"
            "Several shells fell on the village early on Sunday, wounding three farmers, a local "
            "council said.\n\n"
            "Three farmers were wounded by shelling on the village this morning.\n"
            "— Local Council (@some_council) March 6, 2022\n\n"
            "The council said the shells came from positions across the river.")
    crawl = "https://web.archive.org/web/20240110000000id_/https://news.example.org/story/4411"
    doc = make_doc("e1", text, url=crawl)
    assert doc.published == dt.date(2022, 3, 6)
    assert doc.published_source == "embedded-post"
    assert "@some_council" not in doc.text  # the attribution line itself is still dropped
    # A post dated after the crawl is not believed; a dated page keeps its own date.
    late = make_doc("e2", text.replace("March 6, 2022", "March 6, 2025"), url=crawl)
    assert late.published_source == "archive-timestamp"
    dated = make_doc("e3", "Monday 7 March 2022 - 10:15\n\n" + text, url=crawl)
    assert dated.published == dt.date(2022, 3, 7)
    # A dated path naming only the month is narrowed to the post's day within it.
    month = make_doc("e4", text, url="https://news.example.org/en/2022/03/shelling-story/")
    assert (month.published, month.published_precision) == (dt.date(2022, 3, 6), "day")


def _page_date(doc):
    return next((s.attrs["date"] for s in doc.layers.get("ingest", []) if s.label == "page_date"), None)


def test_a_pages_own_earlier_dateline_anchors_its_weekdays_under_a_given_crawl_date():
    from sitrep.doc import DATES
    from sitrep.nlp.dates import DateTagger

    text = ("Posted: Tuesday, June 2, 2015 7:40 AM EDT\n\n"
            "Two men were wounded in a shooting outside a store late Monday, police said.")
    doc = make_doc("c1", text, published="2015-06-10")
    # the given date stays the document's; the page's own day is kept beside it
    assert (doc.published, doc.published_source) == (dt.date(2015, 6, 10), "field")
    assert _page_date(doc) == "2015-06-02"
    monday = next(d for d in DateTagger()(doc).get(DATES) if "Monday" in d.text)
    assert monday.attrs["start"] == "2015-06-01"  # the Monday before the page, not 8 June
    # also under a crawl months later (GVA per-document dates: +4 of 3,565 against a 45-day
    # limit), now that the events component judges "old news" against the page's own day
    assert _page_date(make_doc("c5", text, published="2015-11-20")) == "2015-06-02"
    # a dateline later than the given date is not kept
    assert _page_date(make_doc("c2", text.replace("June 2", "June 12"), published="2015-06-10")) is None
    # nor a numeric date that may have been read the wrong way round ("06.05.2015" on a
    # page given 6 June: 6 May read day first, or 5 June read month first)
    ambiguous = make_doc("c3", "06.05.2015\n\nTwo men were wounded in a shooting, police said.",
                         published="2015-06-06")
    assert _page_date(ambiguous) is None
    # an embedded post earlier than the given date dates the page too
    posted = make_doc("c4", "Two men were wounded in a shooting, police said.\n"
                      "— City Police (@city_pd) June 1, 2015", published="2015-06-05")
    assert _page_date(posted) == "2015-06-01"


def test_a_month_first_numeric_header_is_read_where_day_first_cannot_be():
    from sitrep.ingest.dates import whole_line_dateline

    assert whole_line_dateline("Updated: 10/27/2016 08:12 AM").date == dt.date(2016, 10, 27)
    # an ambiguous one stays day first, as before
    assert whole_line_dateline("Updated: 10/07/2016 08:12 AM").date == dt.date(2016, 7, 10)
    doc = make_doc("m1", "Updated: 10/27/2016 08:12 AM\n\nA man was shot outside a bar on Tuesday "
                   "night, police said.")
    assert (doc.published, doc.published_source) == (dt.date(2016, 10, 27), "header")


def test_a_bracketed_date_after_the_opening_place_dates_the_page_and_keeps_the_place():
    text = ("GREENVILLE, SC (March 14, 2016): Two people were hurt when shots were fired at a "
            "gathering late Sunday, deputies said.\n\nNo arrests have been made.")
    doc = make_doc("p1", text)
    assert (doc.published, doc.published_source) == (dt.date(2016, 3, 14), "header")
    assert doc.text.startswith("GREENVILLE, SC: Two people were hurt")
    # an agency in brackets is not a date, and nothing is removed
    wire = make_doc("p2", "GREENVILLE, SC (AP) — Two people were hurt late Sunday.\n\nMore follows.")
    assert wire.published is None and wire.text.startswith("GREENVILLE, SC (AP)")


def test_the_lead_photos_credit_line_dates_an_undated_page():
    # Some outlets print the page's day at the end of the lead picture's credit line, which
    # cleanup drops as furniture; a related story's card further down carries its own,
    # earlier day.
    page = (
        "Convoy Ambushed on Desert Highway, Officials Say\n\n"
        "© Example Wire / A. Photographer\n"
        "Burnt trucks by the roadside. File photo. - Example Wire International, 1280, 14.03.2023\n"
        "Gunmen attacked a fuel convoy on the desert highway on Sunday, killing three drivers, "
        "officials told reporters.\n"
        "Soldiers at a checkpoint. - Example Wire International, 1280, 02.03.2023\n"
        "Earlier Attack on Checkpoint Leaves Two Soldiers Wounded"
    )
    doc = make_doc("credit", page)
    assert doc.published == dt.date(2023, 3, 14)
    assert doc.published_source == "photo-credit"
    assert "1280" not in doc.text
    # A credit line whose date does not end it is no dateline.
    other = make_doc("credit2", page.replace(", 1280, 14.03.2023", ", 14.03.2023 (archive)")
                     .replace(", 1280, 02.03.2023", ""))
    assert other.published is None
