"""End to end through the installed `sitrep` command on the bundled sample."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "src" / "sitrep" / "data" / "sample"


def sitrep(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    env.pop("SITREP_DB", None)
    return subprocess.run(
        [sys.executable, "-m", "sitrep", *args],
        capture_output=True, text=True, cwd=cwd or ROOT, env=env, timeout=300,
    )


@pytest.fixture(scope="module")
def extracted(tmp_path_factory) -> dict[str, dict]:
    out = tmp_path_factory.mktemp("extract") / "sample.jsonl"
    proc = sitrep("extract", str(SAMPLE), "--out", str(out))
    assert proc.returncode == 0, proc.stderr
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    return {r["id"]: r for r in rows}


def test_every_sample_article_is_processed(extracted):
    names = {p.stem for p in SAMPLE.iterdir() if p.suffix in (".txt", ".html")}
    assert set(extracted) == names
    for row in extracted.values():
        assert set(row) == {"id", "document", "events"}
        assert row["document"]["language"] == "en"
        assert row["document"]["published"]


def test_air_strike_article(extracted):
    row = extracted["levant-wire-palmyra-strikes"]
    assert row["document"]["title"].startswith("Russian jets hit Islamic State hideouts")
    main = row["events"][0]
    assert main["sub_event_type"] == "Air/drone strike"
    assert main["country"] == "Syria"
    assert main["fatalities"] == 17
    assert main["event_date"] == "2023-03-10"
    assert "Russia" in main["actor1"]
    assert any(c["source"] == "Syrian Observatory for Human Rights" for c in main["claims"])
    assert main["notes"]


def test_non_conflict_article_has_no_event(extracted):
    assert extracted["capital-times-earthquake"]["events"] == []


def test_evidence_spans_quote_the_cleaned_text(extracted, tmp_path):
    from sitrep.ingest import iter_documents

    docs = {d.id: d for d in iter_documents([SAMPLE])}
    for doc_id, row in extracted.items():
        for event in row["events"]:
            for spans in event["evidence"].values():
                for ev in spans:
                    assert docs[doc_id].text[ev["start"]:ev["end"]] == ev["text"]


def test_ingest_fuses_reports_and_is_idempotent(tmp_path):
    db = tmp_path / "demo.db"
    first = sitrep("ingest", str(SAMPLE), "--db", str(db))
    assert first.returncode == 0, first.stderr
    assert "processed 13" in first.stdout + first.stderr
    events = sitrep("events", "--db", str(db), "--format", "jsonl")
    assert events.returncode == 0, events.stderr
    records = [json.loads(line) for line in events.stdout.splitlines() if line.strip()]
    ied = [r for r in records if r["sub_event_type"] == "Remote explosive/landmine/IED"]
    assert len(ied) == 1, "two outlets' reports of one roadside bomb fuse into one event"
    assert set(ied[0]["doc_ids"]) == {"coast-herald-garissa-ied", "northeast-daily-garissa-ied"}
    assert ied[0]["fatalities"] == 2 and ied[0]["fatalities_high"] == 3

    again = sitrep("ingest", str(SAMPLE), "--db", str(db))
    assert again.returncode == 0
    assert "already known 13" in again.stdout + again.stderr
    events2 = sitrep("events", "--db", str(db), "--format", "jsonl")
    assert events2.stdout == events.stdout

    csv_out = sitrep("events", "--db", str(db), "--format", "csv")
    header = csv_out.stdout.splitlines()[0].split(",")
    assert header[:3] == ["event_id_cnty", "event_date", "year"]
    geo = json.loads(sitrep("events", "--db", str(db), "--format", "geojson").stdout)
    assert geo["type"] == "FeatureCollection" and geo["features"]


def test_bad_inputs_are_listed_and_the_rest_goes_on(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("Clash near the border\n\nSoldiers and rebels fought near Elwak on Sunday.")
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    binary = tmp_path / "blob.html"
    binary.write_bytes(bytes(range(256)) * 8)
    bad_jsonl = tmp_path / "rows.jsonl"
    bad_jsonl.write_text('{"id": "a", "text": "Police arrested two men."}\n{"id": "b", "te\n')
    proc = sitrep("extract", str(good), str(empty), str(binary), str(bad_jsonl),
                  str(tmp_path / "missing.txt"))
    assert proc.returncode == 0
    assert "Traceback" not in proc.stderr
    for name in ("empty.txt", "blob.html", "rows.jsonl:2", "missing.txt"):
        assert name in proc.stderr
    ids = [json.loads(line)["id"] for line in proc.stdout.splitlines()]
    assert ids == ["good", "a"]

    nothing = sitrep("extract", str(empty))
    assert nothing.returncode != 0
    assert "empty.txt" in nothing.stderr and "Traceback" not in nothing.stderr
