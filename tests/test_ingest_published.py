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
