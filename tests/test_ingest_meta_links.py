"""Dates and outlets carried by the links that wrap or stamp an article's address."""

from __future__ import annotations

import datetime as dt

from sitrep.ingest import make_doc
from sitrep.ingest.dates import query_timestamp, url_date
from sitrep.ingest.metadata import unwrap_url
from sitrep.nlp.dates import DateTagger

BODY = (
    "A shell struck a bakery in the old market today, a local monitor said. Three people were "
    "wounded and the building was badly damaged."
)


# ----------------------------------------------------------------------- redirect links


def test_a_google_redirect_is_unwrapped_to_its_target() -> None:
    info = unwrap_url(
        "https://www.google.com/url?q=https://news.example.org/en/2020/03/14/market-shelling/"
        "&sa=D&source=editors&usg=AbCdEf"
    )
    assert info.url == "https://news.example.org/en/2020/03/14/market-shelling/"
    assert info.domain == "example.org"
    assert url_date(info.url) == (dt.date(2020, 3, 14), "day")


def test_an_archived_redirect_keeps_the_target_percent_decoded_once() -> None:
    info = unwrap_url(
        "https://web.archive.org/web/20230102030405id_/https://www.google.com/url?"
        "q=https://reports.example.net/ar/2019/11/02/%25d8%25a7-x/&sa=D"
    )
    assert info.url == "https://reports.example.net/ar/2019/11/02/%d8%a7-x/"
    assert info.domain == "example.net"
    assert info.archive_date == dt.date(2023, 1, 2)


def test_a_facebook_outbound_link_is_unwrapped() -> None:
    info = unwrap_url("https://l.facebook.com/l.php?u=https%3A%2F%2Fwww.example.com%2Fstory%2F12&h=AT0")
    assert info.url == "https://www.example.com/story/12"
    assert info.domain == "example.com"


def test_a_google_search_page_is_not_a_redirect() -> None:
    info = unwrap_url("https://www.google.com/search?q=shelling+market")
    assert info.domain == "google.com"


def test_the_redirects_own_stamp_bounds_the_page_closer_than_the_crawl() -> None:
    # ust = 1583020800000000 microseconds = 2020-03-01 00:00 UTC
    info = unwrap_url(
        "https://web.archive.org/web/20220606060606id_/https://www.google.com/url?"
        "q=https://www.example.com/posts/998877&sa=D&ust=1583020800000000&usg=Zz"
    )
    assert info.url == "https://www.example.com/posts/998877"
    assert info.archive_date == dt.date(2020, 3, 1)


# --------------------------------------------------------------------- query time stamps


def test_a_wordpress_cron_stamp_dates_the_link() -> None:
    # 1600000000 = 2020-09-13 12:26 UTC
    assert query_timestamp("https://monitor.example.org/en/123456/?doing_wp_cron=1600000000.1234") == dt.date(
        2020, 9, 13
    )
    assert url_date("https://monitor.example.org/en/123456/?doing_wp_cron=1600000000.1234") == (
        dt.date(2020, 9, 13),
        "day",
    )


def test_a_challenge_token_carries_its_time() -> None:
    url = "https://monitor.example.org/en/5555/?fbclid=IwAR0x&__cf_chl_jschl_tk__=pmd_AbC9-1600000000-0-gqNtZ"
    assert query_timestamp(url) == dt.date(2020, 9, 13)


def test_numbers_that_are_not_times_give_no_date() -> None:
    assert query_timestamp("https://www.example.com/news/x-1.7392?cache=18961415304345") is None
    assert query_timestamp("https://www.example.com/a?doing_wp_cron=1000000000") is None  # 2001: too early
    assert query_timestamp("https://www.example.com/a/1600000000/") is None  # a path, not a query


def test_a_dated_path_wins_over_a_query_stamp() -> None:
    url = "https://www.example.com/2019/05/04/x/?doing_wp_cron=1600000000"
    assert url_date(url) == (dt.date(2019, 5, 4), "day")


def test_a_cron_stamped_link_anchors_today_of_an_archived_page() -> None:
    outlet = (
        "https://web.archive.org/web/20240101000000id_/https://monitor.example.org/en/424242/"
        "?doing_wp_cron=1600000000.55"
    )
    doc = make_doc("a", BODY, outlet=outlet)
    assert (doc.published, doc.published_source) == (dt.date(2020, 9, 13), "url")
    DateTagger()(doc)
    today = [s for s in doc.layers["dates"] if s.text.lower() == "today"]
    assert today and today[0].attrs["start"] == "2020-09-13"


# (running post numbers: tests/test_dates_post_model.py)


# ------------------------------------------------------------------------ wire datelines


def test_a_title_case_agency_opens_a_wire_dateline_under_a_standfirst() -> None:
    # a scraped page: headline, standfirst, agency and date, then the story, in one paragraph
    text = (
        "Clashes near the ridge "
        "Fighting for the hill town went on into the night, the standfirst says Reuters Thursday "
        "9 Mar 2017 Government troops shelled the ridge above the town on Thursday."
    )
    doc = make_doc("w", text, title="Clashes near the ridge")
    assert (doc.published, doc.published_source) == (dt.date(2017, 3, 9), "header")
    assert "Reuters Thursday" not in doc.text


def test_a_title_case_agency_word_without_a_dated_weekday_is_no_dateline() -> None:
    from sitrep.ingest.dates import wire_dateline

    assert wire_dateline("The agency Reuters Thursday reported 9 more deaths in the town.") is None
