"""Export writers on constructed fused events."""

from __future__ import annotations

import csv
import io
import json

from fusion_fixtures import record

from sitrep.export import FORMATS, event_json
from sitrep.export.formats import disorder_type
from sitrep.record import ACLED_COLUMNS


def _items():
    a = record("a", killed=(2, 2, None))
    a.event_id = "EV-aaa"
    b = record("b", etype="Riots", sub="Mob violence", lat=None, lon=None, date="2022-12-31")
    b.event_id = "EV-bbb"
    return [(a, {"doc_ids": ["a"], "grade": "weak", "outlets": ["X", "Y"],
                 "n_original_sources": 1}),
            (b, {"doc_ids": ["b", "c"], "grade": "fair", "outlets": ["Z"]})]


def test_jsonl_has_record_fields_and_extras():
    out = io.StringIO()
    assert FORMATS["jsonl"](_items(), out) == 2
    first = json.loads(out.getvalue().splitlines()[0])
    assert first["event_id"] == "EV-aaa" and first["doc_ids"] == ["a"]
    assert first["grade"] == "weak" and first["claims"][0]["source"] is None
    assert event_json(*_items()[1])["contradictions"] == []


def test_csv_uses_acled_columns():
    out = io.StringIO()
    FORMATS["csv"](_items(), out)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert list(rows[0]) == ACLED_COLUMNS
    assert rows[0]["event_id_cnty"] == "EV-aaa" and rows[0]["source"] == "X; Y"
    assert rows[1]["year"] == "2022" and rows[1]["disorder_type"] == "Demonstrations"
    assert rows[1]["latitude"] == "" and rows[1]["fatalities"] == "0"
    assert disorder_type("Strategic developments") == "Strategic developments"


def test_geojson_and_table():
    out = io.StringIO()
    FORMATS["geojson"](_items(), out)
    data = json.loads(out.getvalue())
    assert data["features"][0]["geometry"]["coordinates"] == [36.80, 35.86]
    assert data["features"][1]["geometry"] is None
    assert "claims" not in data["features"][0]["properties"]
    out = io.StringIO()
    FORMATS["table"](_items(), out)
    lines = out.getvalue().splitlines()
    assert lines[0].startswith("event_id") and "2+" in lines[2] and lines[-1] == "2 events"
