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
