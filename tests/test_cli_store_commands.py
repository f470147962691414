"""`sitrep ingest | events | show | edit | merge | split` end to end on a tmp SQLite file.

The pipeline is replaced by a stub that turns each invented JSONL line's ``"sim"`` marker
into a constructed event record, so this test checks the commands' contract (summary line,
failures, exit status, formats, corrections) independently of extraction quality.
"""

from __future__ import annotations

import csv
import io
import json

import pytest
from click.testing import CliRunner
from fusion_fixtures import long_text, record

import sitrep.pipeline
from sitrep.cli import main

# doc id -> constructed report (what the stub pipeline "extracts")
_RECORDS = {
    "n1": dict(killed=(3, 3, 3), source="Harbour Monitor"),
    "n2": dict(killed=(3, 3, None), source="Coast Guard", lat=35.87, lon=36.79),
    "n3": dict(etype="Protests", sub="Peaceful protest", actor1="Protesters (Syria)",
               actor2=None, location="Homs", admin1="Homs", lat=34.73, lon=36.71),
}


class _StubPipeline:
    def __call__(self, doc):
        doc.events = [record(doc.id, **_RECORDS[doc.id])] if doc.id in _RECORDS else []
        return doc


@pytest.fixture()
def env(tmp_path, monkeypatch):
    monkeypatch.setattr(sitrep.pipeline, "default_pipeline", lambda: _StubPipeline())
    monkeypatch.delenv("SITREP_DB", raising=False)
    lines = [json.dumps({"id": i, "text": long_text(f"Invented story {i}"), "title": f"T {i}",
                         "published": "2023-05-05", "outlet": f"Outlet {i}"})
             for i in _RECORDS]
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(lines[:2]) + "\n{broken json\n" + lines[2] + "\n")
    return tmp_path, src


def _run(*args):
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    return result


def test_ingest_events_show_and_corrections(env):
    tmp, src = env
    db = str(tmp / "cli.db")
    r = _run("ingest", str(src), "--db", db)
    assert r.exit_code == 0, r.output
    assert "processed 3, already known 0, failed 1" in r.output
    assert "in.jsonl:3" in r.output
    r = _run("ingest", str(src), "--db", db)
    assert "processed 0, already known 3, failed 1" in r.output and r.exit_code == 0

    lines = [json.loads(x) for x in _run("events", "--db", db, "--format", "jsonl").output
             .splitlines()]
    assert len(lines) == 2
    strike = next(x for x in lines if x["event_type"] != "Protests")
    assert strike["doc_ids"] == ["n1", "n2"] and strike["grade"] == "fair"
    assert strike["fatalities"] == 3 and strike["outlets"] == ["Outlet n1", "Outlet n2"]
    assert {"original_sources", "claims", "evidence"} <= set(strike)

    rows = list(csv.DictReader(io.StringIO(_run("events", "--db", db, "--format", "csv").output)))
    row = next(x for x in rows if x["event_id_cnty"] == strike["event_id"])
    assert row["year"] == "2023" and row["disorder_type"] == "Political violence"
    assert row["source"] == "Outlet n1; Outlet n2"
    assert {x["disorder_type"] for x in rows} == {"Political violence", "Demonstrations"}

    geo = json.loads(_run("events", "--db", db, "--format", "geojson").output)
    assert geo["type"] == "FeatureCollection" and len(geo["features"]) == 2
    assert geo["features"][0]["geometry"]["type"] == "Point"

    table = _run("events", "--db", db, "--type", "Protests").output
    assert "Homs" in table and "1 event" in table
    assert _run("events", "--db", db, "--since", "2023-06-01").output.strip().endswith("0 events")

    eid = strike["event_id"]
    r = _run("edit", eid, "fatalities", "4", "--note", "hospital list", "--db", db)
    assert r.exit_code == 0
    r = _run("split", eid, "--doc", "n2", "--db", db)
    assert r.exit_code == 0
    new_id = r.output.split()[-1]
    r = _run("merge", eid, new_id, "--db", db)
    assert r.exit_code == 0
    shown = _run("show", eid, "--db", db).output
    for text in ("Harbour Monitor", "Coast Guard", "Outlet n2", "hospital list", "merge",
                 "split", "Invented story n1"):
        assert text in shown
    assert _run("show", "EV-nope", "--db", db).exit_code != 0
    assert _run("edit", eid, "claims", "x", "--db", db).exit_code != 0


def test_ingest_exit_status_when_nothing_processed(env, tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text("{not json\n")
    r = _run("ingest", str(bad), "--db", str(tmp_path / "x.db"))
    assert r.exit_code != 0
    assert "processed 0, already known 0, failed 1" in r.output
