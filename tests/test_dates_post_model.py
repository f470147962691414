"""The post-number dating model: training (sitrep.nlp.train_post_dates) and its use at ingest
(sitrep.ingest.dates.post_number_date). Invented sites and numbers only."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from sitrep.ingest import dates as D
from sitrep.nlp import train_post_dates as T

SITE = "monitor.example.org/en"
START = dt.date(2020, 1, 1)


def _points(site: str = SITE, first: int = 10_000, last: int = 20_000, step: int = 250,
            per_day: int = 100) -> list[T.Point]:
    """A site posting ``per_day`` posts a day, with a wobble of a day either way."""
    out = []
    for i, n in enumerate(range(first, last + 1, step)):
        wobble = (-1, 0, 1, 0)[i % 4]
        day = START.toordinal() + (n - first) // per_day + wobble
        out.append((site, n, day, f"page-{site}-{n}"))
    return out


@pytest.fixture
def model_file(tmp_path: Path) -> Iterator[Path]:
    path = tmp_path / "post_dates.json"
    sites = T.fit(_points(), T.Setting(per_knot=2, margin=0.02))
    T.write_model(T.model_document(sites, {}, {}, {}), path)
    D.use_post_date_model(path)
    yield path
    D.use_post_date_model(None)


def test_fitted_knots_rise_in_number_and_day_even_from_unordered_days() -> None:
    points = _points()
    # a page dated out of order (a late report of an old strike) does not bend the curve back
    points.append((SITE, 15_100, START.toordinal() - 30, "late-page"))
    knots = T.fit(points, T.Setting(2, 0.0))[SITE]["knots"]
    numbers, days = [n for n, _ in knots], [d for _, d in knots]
    assert numbers == sorted(set(numbers))
    assert all(a <= b for a, b in zip(days, days[1:], strict=False))


def test_the_file_holds_at_most_half_as_many_knots_as_pages() -> None:
    points = _points()  # 41 pages
    for per_knot in (2, 3, 4):
        entry = T.fit(points, T.Setting(per_knot, 0.0))[SITE]
        assert 2 <= len(entry["knots"]) <= len(points) / 2
    # no setting below two pages a knot, and never more than MAX_KNOTS
    assert T.knot_count(41, per_knot=1) == 20
    assert T.knot_count(10_000, per_knot=2) == T.MAX_KNOTS


def test_a_site_without_a_rising_series_or_with_few_pages_is_not_modelled() -> None:
    few = _points(site="few.example.net/en", step=2_000)  # 6 pages
    shuffled = [(s, n, START.toordinal() + (n * 7919) % 500, i)
                for s, n, _, i in _points(site="ids.example.net/item")]
    sites = T.fit(_points() + few + shuffled, T.Setting(2, 0.0))
    assert set(sites) == {SITE}


def test_a_post_is_dated_inside_the_range_and_its_margin_only(model_file: Path) -> None:
    entry = json.loads(model_file.read_text("utf-8"))["sites"][SITE]
    assert entry["range"] == [10_000, 20_000] and entry["margin"] == 200
    day = D.post_number_date(f"https://www.{SITE}/15000/?ref=feed")
    assert day is not None and abs((day - (START + dt.timedelta(days=50))).days) <= 1
    # inside the margin: the site's mean pace carries on for a few posts
    near = D.post_number_date(f"https://{SITE}/20150/")
    assert near is not None and abs((near - (START + dt.timedelta(days=101))).days) <= 1
    # beyond it, and years away: no date at all
    assert D.post_number_date(f"https://{SITE}/20300/") is None
    assert D.post_number_date(f"https://{SITE}/9700/") is None
    assert D.post_number_date(f"https://{SITE}/900000/") is None
    # another path or site, or a number inside a slug, is no post of the series
    assert D.post_number_date("https://monitor.example.org/ar/15000/") is None
    assert D.post_number_date("https://other.example.org/en/15000/") is None
    assert D.post_number_date(f"https://{SITE}/story-15000-x/") is None


def test_the_model_file_round_trips(model_file: Path) -> None:
    data = json.loads(model_file.read_text("utf-8"))
    again = model_file.parent / "again.json"
    T.write_model(data, again)
    assert json.loads(again.read_text("utf-8")) == data
    site = D.read_post_date_model(data)[SITE]
    assert (site.lo, site.hi) == (9_800, 20_200)
    sites = T.fit(_points(), T.Setting(2, 0.02))
    for n in range(9_800, 20_201, 137):
        url = f"https://{SITE}/{n}/"
        expected = D.read_post_date_model(T.model_document(sites, {}, {}, {}))
        assert D.post_number_date(url) == D.post_number_date(url, expected)


def test_ingest_marks_a_post_number_date_as_an_estimate_from_the_url(model_file: Path) -> None:
    from sitrep.ingest.build import make_doc

    url = f"https://web.archive.org/web/20230101000000id_/https://www.{SITE}/15000/"
    doc = make_doc("p1", "Shelling hit a market in an invented town yesterday.", outlet=url)
    assert doc.published is not None and abs((doc.published - dt.date(2020, 2, 20)).days) <= 1
    assert doc.published_precision == D.POST_NUMBER_PRECISION == "estimate"
    assert doc.published_source == "url" and doc.url == f"https://www.{SITE}/15000/"
    assert doc.metadata_json()["published_precision"] == "estimate"


def test_sitrep_extract_dates_the_page_by_the_model_in_use(model_file: Path, tmp_path: Path) -> None:
    from click.testing import CliRunner

    from sitrep.cli import extract

    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    src.write_text(json.dumps({"id": "p2", "text": "Shelling hit a market in an invented town.",
                               "outlet": f"https://{SITE}/12500/"}) + "\n", encoding="utf-8")
    result = CliRunner().invoke(extract, [str(src), "--out", str(out), "--jobs", "1"])
    assert result.exit_code == 0, result.output
    line = json.loads(out.read_text("utf-8").splitlines()[0])
    published = dt.date.fromisoformat(line["document"]["published"])
    assert abs((published - dt.date(2020, 1, 26)).days) <= 1
    assert line["document"]["published_precision"] == "estimate"


def test_no_model_means_no_date_from_a_post_number(tmp_path: Path) -> None:
    from sitrep.ingest.build import make_doc

    D.use_post_date_model(tmp_path / "absent.json")
    try:
        assert D.post_number_date(f"https://{SITE}/15000/") is None
        doc = make_doc("p3", "Shelling hit a market in an invented town.",
                       outlet=f"https://{SITE}/15000/")
        assert doc.published is None
    finally:
        D.use_post_date_model(None)


def test_held_out_folds_keep_twin_pages_and_sister_pages_together() -> None:
    def rec(i: int, n: int, incident: str) -> dict:
        return {"id": f"r{i}", "outlet": f"https://{SITE}/{n}/",
                "gold": {"incidents": [{"airwars_id": incident, "date": "2020-01-05"}]}}

    records = [rec(0, 11_000, "a"), rec(1, 11_000, "b"), rec(2, 12_000, "b"),
               rec(3, 13_000, "c"), rec(4, 14_000, "d"), rec(5, 15_000, "e")]
    fold = T.folds_of(records, k=3)
    assert fold[0] == fold[1] == fold[2]  # the same page twice, then a sister page of one
    assert len(set(fold)) > 1
    assert T.points_of(records)[0] == (SITE, 11_000, dt.date(2020, 1, 5).toordinal(), "r0")


def test_an_html_page_s_own_date_beats_the_post_number_estimate(model_file: Path) -> None:
    from sitrep.ingest.build import make_doc

    page = ("<html><head><title>Shelling in an invented town</title>"
            '<meta property="article:published_time" content="2021-06-05T08:00:00Z"></head>'
            "<body><article><p>Shelling hit a market in an invented town on Friday, residents "
            "of the quarter said, and two shops burned down before firefighters came.</p>"
            "</article></body></html>")
    doc = make_doc("p4", page, html=True, outlet=f"https://{SITE}/15000/")
    assert doc.published == dt.date(2021, 6, 5)
    assert doc.published_precision == "day" and doc.published_source == "html-meta"
