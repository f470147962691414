"""Scorers on small hand-made gold and prediction files (invented text, invented places)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from sitrep.eval.scorers import family_of, macro_f1, score_file


def write(path: Path, rows: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def pred_line(doc_id: str, *events: dict[str, Any], **document: Any) -> dict[str, Any]:
    return {"id": doc_id, "document": document, "events": list(events)}


def value(figures: dict, metric: str) -> tuple[int, float | None]:
    return figures[metric]["n"], figures[metric]["value"]


# ------------------------------------------------------------------------------- ACLED
ACLED_GOLD = [
    {"id": "k1", "text": "On 3 May 2031 police shot two looters in Brindle town, Westmarch.",
     "published": None,
     "gold": {"event_date": "2031-05-03", "event_type": "Violence against civilians",
              "sub_event_type": "Attack", "actor1": "Police Forces of Ruritania (2013-)",
              "country": "Ruritania", "admin1": "Westmarch", "admin2": "", "admin3": "",
              "location": "Brindle", "latitude": 1.0, "longitude": 36.0, "fatalities": 2}},
    {"id": "k2", "text": "Traders protested over new market fees on Monday.",
     "published": None,
     "gold": {"event_date": "2031-06-01", "event_type": "Protests",
              "sub_event_type": "Peaceful protest", "actor1": "Protesters (Ruritania)",
              "country": "Ruritania", "admin1": "Eastmoor", "admin2": "Eastmoor Central",
              "admin3": "", "location": "Kettle", "latitude": 0.0, "longitude": 35.0,
              "fatalities": 0}},
    {"id": "k3", "text": "Gunmen raided a village in Eastmoor County, killing one.",
     "published": "2031-07-02",
     "gold": {"event_date": "2031-07-01", "event_type": "Violence against civilians",
              "sub_event_type": "Attack", "actor1": "Unidentified Armed Group (Ruritania)",
              "country": "Ruritania", "admin1": "Eastmoor", "admin2": "", "admin3": "",
              "location": "Kettle", "latitude": 0.0, "longitude": 35.0, "fatalities": 1}},
]


def test_acled_scorer(tmp_path: Path) -> None:
    gold = write(tmp_path / "acled_ruritania.dev.jsonl", ACLED_GOLD)
    pred = write(tmp_path / "pred.jsonl", [
        pred_line("k1", {"event_type": "Violence against civilians", "sub_event_type": "Attack",
                         "event_date": "2031-05-03", "actor1": "Police Forces of Ruritania",
                         "country": "Ruritania", "admin1": "Westmarch County",
                         "latitude": 1.1, "longitude": 36.1, "fatalities": 2},
                  {"event_type": "Battles", "sub_event_type": "Armed clash"}),
        # k2: an event with the wrong type and no place.
        pred_line("k2", {"event_type": "Riots", "sub_event_type": "Violent demonstration",
                         "actor1": "Protesters (Ruritania)", "fatalities": 0}),
        # k3: admin1 right but in the wrong country; coordinates 60 km away.
        pred_line("k3", {"event_type": "Violence against civilians", "sub_event_type": "Attack",
                         "event_date": "2031-07-02", "actor1": "Unidentified Armed Group",
                         "country": "Freedonia", "admin1": "Eastmoor",
                         "latitude": 0.0, "longitude": 35.54, "fatalities": 1}),
    ])
    fig = score_file("acled_ruritania", gold, pred)
    assert value(fig, "event_type") == (3, pytest.approx(2 / 3))
    assert value(fig, "sub_event_type") == (3, pytest.approx(2 / 3))
    # date counted for k1 (names the year) and k3 (published), not k2.
    assert value(fig, "event_date") == (2, 0.5)
    # place counted where the text names a gold place: k1 (Brindle, Westmarch), k3 (Eastmoor).
    assert value(fig, "admin1") == (2, 0.5)
    assert value(fig, "coord_25km") == (2, 0.5)
    assert value(fig, "coord_100km") == (2, 1.0)
    assert value(fig, "actor1") == (3, 1.0)
    assert value(fig, "fatalities") == (3, 1.0)
    # event type macro-F1 over gold classes: VAC 2 tp -> 1.0; Protests 0 -> 0.0.
    assert value(fig, "event_type_macro_f1") == (3, pytest.approx(0.5))


def test_acled_missing_prediction_counts_as_wrong(tmp_path: Path) -> None:
    gold = write(tmp_path / "acled.jsonl", ACLED_GOLD)
    pred = write(tmp_path / "pred.jsonl", [pred_line("k2")])  # no events; k1, k3 absent
    fig = score_file("acled", gold, pred)
    for metric in ("event_type", "sub_event_type", "actor1", "fatalities", "admin1"):
        assert fig[metric]["value"] == 0.0, metric


def test_macro_f1() -> None:
    pairs = [("A", "A"), ("A", "B"), ("B", "B"), ("C", "(no event)")]
    # A: tp1 fn1 -> 2/3; B: tp1 fp1 -> 2/3; C: 0.
    assert macro_f1(pairs) == pytest.approx((2 / 3 + 2 / 3 + 0) / 3)
    assert macro_f1([]) is None


# -------------------------------------------------------------------------------- UCDP
def test_ucdp_scorer(tmp_path: Path) -> None:
    gold = write(tmp_path / "ucdp.jsonl", [
        {"id": "u1", "text": "Shelling in the north", "gold": {
            "date_start": "2030-01-02", "date_end": "2030-01-05", "country": "Freedonia (Old)",
            "adm_1": "Greyhill governorate", "best": 4, "low": 3, "high": 6,
            "latitude": 10.0, "longitude": 10.0}},
        {"id": "u2", "text": "", "gold": {
            "date_start": "2030-02-01", "date_end": "2030-02-01", "country": "Freedonia",
            "adm_1": "", "best": 1, "low": 1, "high": 1, "latitude": 10.0, "longitude": 10.0}},
    ])
    pred = write(tmp_path / "pred.jsonl", [
        pred_line("u1", {"event_date": "2030-01-04", "fatalities": 5, "country": "Freedonia",
                         "admin1": "Grayhill", "latitude": 10.1, "longitude": 10.0}),
        pred_line("u2"),
    ])
    fig = score_file("ucdp_ged", gold, pred)
    assert value(fig, "date") == (2, 0.5)
    assert value(fig, "fatalities") == (2, 0.5)  # 5 lies in [3, 6]
    assert value(fig, "admin1") == (1, 1.0)  # u2 has no adm_1: not counted
    assert value(fig, "coord_25km") == (2, 0.5)
    assert value(fig, "country") == (2, 0.5)


# -------------------------------------------------------------------------------- CASE
def test_case_scorer(tmp_path: Path) -> None:
    gold = write(tmp_path / "case2021_task2.jsonl", [
        {"id": "c1", "text": "Jets struck a depot.", "gold": {"subtype": "AIR_STRIKE"}},
        {"id": "c2", "text": "Crowds marched quietly.", "gold": {"subtype": "PEACE_PROTEST"}},
        {"id": "c3", "text": "A flood hit the valley.", "gold": {"subtype": "NATURAL_DISASTER"}},
        {"id": "c4", "text": "The envoys met.", "gold": {"subtype": "DIPLO"}},
    ])
    pred = write(tmp_path / "pred.jsonl", [
        pred_line("c1", {"sub_event_type": "Air/drone strike"}),
        pred_line("c2", {"sub_event_type": "Violent demonstration"}),
        pred_line("c3"),
        pred_line("c4", {"sub_event_type": "Agreement"}),
    ])
    fig = score_file("case2021_task2", gold, pred)
    assert value(fig, "subtype_acled_classes") == (2, 0.5)
    assert value(fig, "no_event_outside_acled") == (2, 0.5)
    assert value(fig, "subtype_macro_f1") == (2, pytest.approx(0.5))


# ----------------------------------------------------------------------------- Airwars
def test_airwars_scorer_picks_best_of_first_three_events(tmp_path: Path) -> None:
    incident = {"date": "2029-03-10", "region_en": "Al Hassakah", "belligerents":
                "Turkish Military", "civilians_killed_min": 2, "civilians_killed_max": 3}
    gold = write(tmp_path / "airwars_syria.jsonl", [
        {"id": "w1", "text": "Drones hit a farm; three civilians were killed.",
         "gold": {"incidents": [incident]}},
        {"id": "w2", "text": "A strike hit a road.",
         "gold": {"incidents": [{**incident, "civilians_killed_min": None,
                                 "civilians_killed_max": None}]}},
        {"id": "w3", "text": "Nothing found.", "gold": {"incidents": [incident]}},
    ])
    pred = write(tmp_path / "pred.jsonl", [
        pred_line("w1",
                  {"actor1": "Military Forces of Russia", "admin1": "Idlib"},
                  # second event agrees on all four: fatalities stand for civilians here.
                  {"actor1": "Military Forces of Turkey", "admin1": "Al-Hasakah Governorate",
                   "event_date": "2029-03-11", "fatalities": 3}),
        # w2: an actor naming two belligerents is no answer; no civilians -> 0 in [0, 0].
        pred_line("w2", {"actor1": "Military Forces of Turkey and Russia", "admin1": "Hasakeh",
                         "event_date": "2029-03-08", "fatalities": 4}),
        pred_line("w3"),
    ])
    fig = score_file("airwars_syria", gold, pred)
    assert value(fig, "belligerent") == (3, pytest.approx(1 / 3))
    assert value(fig, "region") == (3, pytest.approx(2 / 3))
    assert value(fig, "civilians_killed_in_range") == (3, pytest.approx(2 / 3))
    assert value(fig, "date_1day") == (3, pytest.approx(1 / 3))


# ------------------------------------------------------------------------------ FA-KES
def test_fakes_scorer(tmp_path: Path) -> None:
    gold = write(tmp_path / "fakes_syria.jsonl", [
        {"id": "f1", "text": "x", "gold": {"published": "2016-02-03", "governorate": "deir ezzor"}},
        {"id": "f2", "text": "y", "gold": {"published": "2016-02-04", "governorate": "hasakeh"}},
    ])
    pred = write(tmp_path / "pred.jsonl", [
        # main event without admin1: the first event with one stands for the article.
        pred_line("f1", {"admin1": None}, {"admin1": "Deir ez-Zor Governorate"},
                  published="2016-02-03"),
        pred_line("f2", {"admin1": "Aleppo"}, published="2016-02-05"),
    ])
    fig = score_file("fakes_syria", gold, pred)
    assert value(fig, "governorate") == (2, 0.5)
    assert value(fig, "published_exact") == (2, 0.5)


# --------------------------------------------------------------------------------- GVA
def test_gva_scorer(tmp_path: Path) -> None:
    docs = write(tmp_path / "gva_documents.dev.jsonl", [
        {"id": "d1", "text": "a", "gold": {"incident_ids": ["i1"]}},
        {"id": "d2", "text": "b", "gold": {"incident_ids": ["i1"]}},
        {"id": "d3", "text": "c", "gold": {"incident_ids": ["i2"]}},
        {"id": "d4", "text": "d", "gold": {"incident_ids": ["i3"]}},
    ])
    write(tmp_path / "gva_incidents.dev.jsonl", [
        {"incident_id": "i1", "date": "2015-04-01", "state": "Ohio",
         "city_or_county": "Lakeview (Oldtown)", "num_killed": 1, "num_injured": 2,
         "field_variants_across_crawls": None},
        {"incident_id": "i2", "date": "2015-05-01", "state": "Iowa",
         "city_or_county": "Pine Hollow", "num_killed": 0, "num_injured": 1,
         "field_variants_across_crawls": [[0, 1, "May 1, 2015", "Pine Hollow", "Iowa"],
                                          [0, 3, "May 2, 2015", "Pine Hollow", "Iowa"]]},
        {"incident_id": "i3", "date": "2015-06-01", "state": "Utah",
         "city_or_county": "Redrock", "num_killed": 2, "num_injured": 0,
         "field_variants_across_crawls": None},
    ])
    events = write(tmp_path / "events.jsonl", [
        {"doc_ids": ["d1", "d2", "d3"], "fatalities": 1, "injured_best": 2,
         "event_date": "2015-04-01", "location": "Oldtown", "admin1": "Ohio"},
        {"doc_ids": ["d3"], "fatalities": 0, "injured_low": 3, "event_date": "2015-05-02",
         "admin2": "Pine Hollow County", "admin1": "Iowa"},
    ])
    fig = score_file("gva", docs, events)
    # d3 sits in two events but one incident: its own pair scores min(2, 1) / 2.
    # precision: d1 2/3, d2 2/3, d3 (0 + 0 + 1/2) / 3, d4 1 -> 5/8; recall 1 for all.
    assert value(fig, "bcubed_precision") == (4, pytest.approx(5 / 8))
    assert value(fig, "bcubed_recall") == (4, pytest.approx(1.0))
    assert value(fig, "bcubed_f1") == (4, pytest.approx(2 * 5 / 8 / (1 + 5 / 8)))
    # i1 -> event A (all fields right); i2 -> event B (a variant crawl: 3 injured, May 2);
    # i3 -> no event (d4 is a singleton): wrong.
    assert value(fig, "killed") == (3, pytest.approx(2 / 3))
    assert value(fig, "injured") == (3, pytest.approx(2 / 3))
    assert value(fig, "date") == (3, pytest.approx(2 / 3))
    assert value(fig, "city") == (3, pytest.approx(2 / 3))
    assert value(fig, "state") == (3, pytest.approx(2 / 3))


def test_gva_bcubed_values(tmp_path: Path) -> None:
    docs = write(tmp_path / "gva_documents.jsonl", [
        {"id": "a", "gold": {"incident_ids": ["1"]}},
        {"id": "b", "gold": {"incident_ids": ["1"]}},
        {"id": "c", "gold": {"incident_ids": ["2"]}},
    ])
    write(tmp_path / "gva_incidents.jsonl", [])
    events = write(tmp_path / "ev.jsonl", [{"doc_ids": ["b", "c"]}])
    fig = score_file("gva", docs, events)
    assert fig["bcubed_precision"]["value"] == pytest.approx(2 / 3)
    assert fig["bcubed_recall"]["value"] == pytest.approx(2 / 3)


def test_family_of(tmp_path: Path) -> None:
    assert family_of("acled_kenya.dev.jsonl") == "acled"
    assert family_of("acled-nigeria") == "acled"
    assert family_of("gva_documents.dev.jsonl") == "gva"
    assert family_of("case2021_task2") == "case"
    assert family_of("other.jsonl") is None
    with pytest.raises(ValueError):
        score_file("other", write(tmp_path / "other.jsonl", [{"id": "x", "gold": {}}]), None)
