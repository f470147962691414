"""Writes over HTTP: refused on a read-only server, token-checked on every write otherwise."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

if importlib.util.find_spec("httpx2") is None and importlib.util.find_spec("httpx") is None:
    pytest.skip("the API test client needs httpx2 (or httpx)", allow_module_level=True)
from click.testing import CliRunner  # noqa: E402
from fastapi.testclient import TestClient  # noqa: E402

from sitrep.api import testdata  # noqa: E402
from sitrep.api.app import create_app  # noqa: E402
from sitrep.api.commands import serve_command  # noqa: E402
from sitrep.record import EventRecord, Evidence  # noqa: E402

TOKEN = "s3cret-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
NEW_TEXT = ("Gunmen ambushed a bus near Lamu on Tuesday, killing two passengers, the county "
            "police chief said.")


def fake_extract(doc):
    """Stand-in for the pipeline: one known event, so the test checks the API, not NLP."""
    phrase = "two passengers"
    start = doc.text.find(phrase)
    rec = EventRecord(event_type="Violence against civilians", sub_event_type="Attack",
                      event_date="2024-06-04", country="Kenya", admin1="Lamu", location="Lamu",
                      latitude=-2.27, longitude=40.9, geo_precision=2, fatalities=2,
                      fatalities_low=2, fatalities_best=2, fatalities_high=2,
                      actor1="Unidentified Armed Group (Kenya)", notes="Bus ambushed near Lamu.")
    if start >= 0:
        rec.cite("fatalities", Evidence(doc.id, start, start + len(phrase), phrase))
    doc.events = [rec]
    return doc


@pytest.fixture
def db(tmp_path: Path) -> str:
    path = tmp_path / "w.db"
    testdata.build(str(path))
    return str(path)


@pytest.fixture
def writable(db: str) -> TestClient:
    return TestClient(create_app(db, allow_write=True, token=TOKEN, process=fake_extract))


def some_event(client: TestClient) -> str:
    return client.get("/api/events", params={"q": "nairobi"}).json()["events"][0]["event_id"]


def test_read_only_server_refuses_writes(db: str) -> None:
    client = TestClient(create_app(db, process=fake_extract))
    eid = some_event(client)
    for headers in ({}, AUTH):
        r = client.post("/api/documents", json={"text": NEW_TEXT}, headers=headers)
        assert r.status_code == 403 and "read-only" in r.json()["error"]
        r = client.post(f"/api/events/{eid}/corrections", json={"field": "fatalities", "value": 1},
                        headers=headers)
        assert r.status_code == 403
    assert client.get("/api/events").json()["total"] == 4
    assert client.get("/api/config").json()["read_only"] is True


@pytest.mark.parametrize("headers", [
    {}, {"Authorization": "Bearer wrong"}, {"Authorization": TOKEN},
    {"Authorization": f"Basic {TOKEN}"}, {"Authorization": "Bearer "},
    {"Authorization": f"Bearer {TOKEN}x"},
])
def test_missing_or_wrong_token_is_401(writable: TestClient, headers: dict) -> None:
    eid = some_event(writable)
    r = writable.post("/api/documents", json={"text": NEW_TEXT}, headers=headers)
    assert r.status_code == 401 and r.json()["error"]
    assert r.headers.get("www-authenticate") == "Bearer"
    r = writable.post(f"/api/events/{eid}/corrections", json={"field": "fatalities", "value": 5},
                      headers=headers)
    assert r.status_code == 401
    assert writable.get("/api/events").json()["total"] == 4
    assert writable.get(f"/api/events/{eid}").json()["corrections"] == []


def test_ingest_document_with_token(writable: TestClient) -> None:
    r = writable.post("/api/documents", headers=AUTH, json={
        "text": NEW_TEXT, "title": "Bus ambushed", "outlet": "Coast Wire",
        "published": "2024-06-05", "id": "coastwire-lamu-bus"})
    assert r.status_code == 201, r.text
    body = r.json()
    assert body["id"] == "coastwire-lamu-bus" and len(body["events"]) == 1
    ev = writable.get(f"/api/events/{body['events'][0]}").json()
    assert ev["event"]["location"] == "Lamu" and ev["event"]["fatalities"] == 2
    doc = writable.get("/api/documents/coastwire-lamu-bus").json()
    assert doc["published"] == "2024-06-05" and doc["spans"][0]["text"] == "two passengers"
    assert writable.get("/api/events").json()["total"] == 5
    # The same text again is recognised, not stored twice.
    again = writable.post("/api/documents", headers=AUTH,
                          json={"text": NEW_TEXT, "id": "coastwire-lamu-bus"})
    assert again.status_code == 201 and again.json()["known"] is True
    assert writable.get("/api/events").json()["total"] == 5


@pytest.mark.parametrize("body", [{}, {"text": ""}, {"text": 5}, {"text": "x", "published": "soon"}])
def test_ingest_rejects_bad_bodies(writable: TestClient, body: dict) -> None:
    r = writable.post("/api/documents", headers=AUTH, json=body)
    assert r.status_code == 400 and r.json()["error"].startswith("invalid request")


def test_correction_with_token(writable: TestClient) -> None:
    eid = some_event(writable)
    r = writable.post(f"/api/events/{eid}/corrections", headers=AUTH,
                      json={"field": "fatalities", "value": 1, "note": "hospital figure",
                            "author": "desk editor"})
    assert r.status_code == 201, r.text
    assert r.json()["old_value"] == 0
    ev = writable.get(f"/api/events/{eid}").json()
    assert ev["event"]["fatalities"] == 1
    (corr,) = ev["corrections"]
    assert corr["field"] == "fatalities" and corr["new_value"] == 1
    assert corr["note"] == "hospital figure" and corr["author"] == "desk editor"
    assert writable.get("/api/events", params={"q": "nairobi"}).json()["events"][0]["fatalities"] == 1


@pytest.mark.parametrize(("event", "body", "status"), [
    ("EV-000000000000", {"field": "fatalities", "value": 1}, 404),
    (None, {"field": "claims", "value": []}, 400),
    (None, {"field": "no_such_field", "value": 1}, 400),
    (None, {"field": "fatalities", "value": "many"}, 400),
    (None, {"field": "event_date", "value": "2024-02-31"}, 400),
    (None, {"value": 1}, 400),
])
def test_bad_corrections(writable: TestClient, event: str | None, body: dict, status: int) -> None:
    eid = event or some_event(writable)
    r = writable.post(f"/api/events/{eid}/corrections", headers=AUTH, json=body)
    assert r.status_code == status, r.text
    assert r.json()["error"]


def test_serve_command_checks(tmp_path: Path, db: str, monkeypatch: pytest.MonkeyPatch) -> None:
    runner = CliRunner()
    r = runner.invoke(serve_command, ["--db", db, "--allow-write"])
    assert r.exit_code != 0 and "--token" in r.output
    r = runner.invoke(serve_command, ["--db", str(tmp_path / "none.db"), "--api-only"])
    assert r.exit_code != 0 and "no database at" in r.output
    monkeypatch.setattr("sitrep.api.app.missing_assets", lambda root=None: ["vendor/manifest.json"])
    r = runner.invoke(serve_command, ["--db", db])
    assert r.exit_code != 0 and "make setup" in r.output
    not_sitrep = tmp_path / "other.db"
    import sqlite3

    sqlite3.connect(not_sitrep).execute("create table t (x)").connection.commit()
    r = runner.invoke(serve_command, ["--db", str(not_sitrep), "--api-only"])
    assert r.exit_code != 0 and "not a sitrep database" in r.output
