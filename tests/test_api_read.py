"""Read endpoints of the JSON API over a database of known events (sitrep.api.testdata)."""

from __future__ import annotations

import csv
import importlib.util
import io
import json
import re
from pathlib import Path
from urllib.parse import quote

import pytest

if importlib.util.find_spec("httpx2") is None and importlib.util.find_spec("httpx") is None:
    pytest.skip("the API test client needs httpx2 (or httpx)", allow_module_level=True)
from fastapi.testclient import TestClient  # noqa: E402

from sitrep.api import testdata  # noqa: E402
from sitrep.api.app import create_app  # noqa: E402
from sitrep.record import ACLED_COLUMNS  # noqa: E402


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> TestClient:
    db = tmp_path_factory.mktemp("api") / "events.db"
    built = testdata.build(str(db))
    assert len(built["events"]) == 4  # the two Kafr Nabl reports fuse into one event
    return TestClient(create_app(str(db)))


def ids(resp) -> list[str]:
    return [e["event_id"] for e in resp.json()["events"]]


def kafr_nabl(client: TestClient) -> str:
    return ids(client.get("/api/events", params={"q": "kafr nabl"}))[0]


# ------------------------------------------------------------------ /api/events
def test_events_list_sorted_by_date_with_total(client: TestClient) -> None:
    r = client.get("/api/events")
    assert r.status_code == 200
    body = r.json()
    assert body["total"] == 4 and body["limit"] == 50 and body["offset"] == 0
    dates = [e["event_date"] for e in body["events"]]
    assert dates == sorted(dates, reverse=True)
    asc = [e["event_date"] for e in client.get("/api/events?order=asc").json()["events"]]
    assert asc == sorted(dates)
    first = body["events"][-1]
    assert first["location"] == "Garissa" and first["reports"] == 1 and first["grade"]


def test_events_pagination(client: TestClient) -> None:
    page1 = client.get("/api/events", params={"limit": 2, "offset": 0}).json()
    page2 = client.get("/api/events", params={"limit": 2, "offset": 2}).json()
    page3 = client.get("/api/events", params={"limit": 2, "offset": 4}).json()
    assert page1["total"] == page2["total"] == page3["total"] == 4
    assert len(page1["events"]) == 2 and len(page2["events"]) == 2 and page3["events"] == []
    assert not set(ids_of(page1)) & set(ids_of(page2))
    assert client.get("/api/events?limit=0").json()["events"] == []


def ids_of(body: dict) -> list[str]:
    return [e["event_id"] for e in body["events"]]


@pytest.mark.parametrize(("params", "locations"), [
    ({"since": "2024-03-01"}, {"Kafr Nabl", "Nairobi", "Mandera"}),
    ({"until": "2024-03-04"}, {"Kafr Nabl", "Garissa"}),
    ({"since": "2024-03-04", "until": "2024-04-19"}, {"Kafr Nabl", "Nairobi"}),
    ({"country": "kenya"}, {"Nairobi", "Mandera", "Garissa"}),
    ({"country": "Syria"}, {"Kafr Nabl"}),
    ({"country": "Atlantis"}, set()),
    ({"admin1": "mandera"}, {"Mandera"}),
    ({"type": "Protests"}, {"Nairobi"}),
    ({"type": "air/drone strike"}, {"Kafr Nabl"}),
    ({"actor": "shabaab"}, {"Mandera"}),
    ({"actor": "Police Forces of Kenya"}, {"Nairobi", "Mandera", "Garissa"}),
    ({"grade": "fair"}, {"Kafr Nabl"}),
    ({"q": "fuel"}, {"Nairobi"}),
    ({"q": "weapons garissa"}, {"Garissa"}),
    ({"q": "weapons nairobi"}, set()),
    ({"q": "50%_"}, set()),
    ({"country": "Kenya", "type": "Battles", "since": "2024-05-01"}, {"Mandera"}),
])
def test_event_filters(client: TestClient, params: dict, locations: set[str]) -> None:
    r = client.get("/api/events", params=params)
    assert r.status_code == 200, r.text
    body = r.json()
    assert {e["location"] for e in body["events"]} == locations
    assert body["total"] == len(locations)


@pytest.mark.parametrize("query", [
    "since=2024-13-01", "since=yesterday", "until=2024-02-30", "since=2024-05-01&until=2024-01-01",
    "limit=-1", "limit=abc", "limit=100000", "offset=-5", "offset=1.5", "order=sideways",
    "q=" + "x" * 600,
])
def test_bad_parameters_are_clear_400s(client: TestClient, query: str) -> None:
    for path in ("/api/events", "/api/export.csv", "/api/export.geojson", "/api/export.jsonl",
                 "/api/timeline"):
        if path != "/api/events" and query.startswith(("offset", "limit=100000")):
            continue
        if path == "/api/timeline" and query.startswith(("limit", "order")):
            continue
        r = client.get(f"{path}?{query}")
        assert r.status_code == 400, (path, query, r.text)
        body = r.json()
        assert body["status"] == 400 and isinstance(body["error"], str) and body["error"]
    assert "since" in client.get("/api/events?since=yesterday").json()["error"]


def test_weird_inputs_never_500(client: TestClient) -> None:
    weird = ["", " ", "%", "'; DROP TABLE events; --", "\u202e\u0000", "../../etc/passwd",
             "😀", "a" * 400]
    for value in weird:
        for name in ("country", "admin1", "type", "actor", "grade", "q"):
            r = client.get("/api/events", params={name: value})
            assert r.status_code < 500, (name, value, r.text)
        for path in ("/api/events/", "/api/documents/"):
            r = client.get(path + quote(value, safe=""))
            assert r.status_code < 500 and r.status_code in (200, 404, 405), (path, value)


# ------------------------------------------------------------------ one event, one document
def test_event_detail(client: TestClient) -> None:
    eid = kafr_nabl(client)
    r = client.get(f"/api/events/{eid}")
    assert r.status_code == 200
    data = r.json()
    ev = data["event"]
    assert ev["event_id"] == eid and ev["location"] == "Kafr Nabl" and ev["country"] == "Syria"
    assert ev["fatalities"] == 6 and ev["fatalities_high"] == 9  # lowest figure, range kept
    assert data["grade"] == ev["grade"]
    assert {r["id"] for r in data["reports"]} == set(testdata.KAFR_NABL_DOCS)
    assert {c["source"] for c in data["claims"]} == {"Syrian Observatory for Human Rights", "SANA"}
    fat = [c for c in data["contradictions"] if c["field"] == "fatalities"]
    assert fat and {v["value"] for v in fat[0]["values"]} == {"6", "9"}
    assert {o for v in fat[0]["values"] for o in v["outlets"]} == {"Northern Ledger", "Coast Wire"}
    assert data["corrections"] == []
    # Evidence spans point at the very words in each document's cleaned text.
    texts = {d: client.get(f"/api/documents/{d}").json()["text"] for d in testdata.KAFR_NABL_DOCS}
    spans = [e for items in data["evidence"].values() for e in items]
    assert {e["doc_id"] for e in spans} == set(testdata.KAFR_NABL_DOCS)
    for e in spans:
        assert texts[e["doc_id"]][e["start"]:e["end"]] == e["text"]
        assert e["sentence_start"] <= e["start"] < e["end"] <= e["sentence_end"]
    assert {e["text"] for e in data["evidence"]["fatalities"]} == {"six civilians", "nine people"}


def test_unknown_ids_are_404(client: TestClient) -> None:
    for path in ("/api/events/EV-000000000000", "/api/documents/no-such-doc", "/api/nowhere"):
        r = client.get(path)
        assert r.status_code == 404
        assert r.json()["error"]


def test_document(client: TestClient) -> None:
    r = client.get("/api/documents/coastwire-kafr-nabl")
    assert r.status_code == 200
    d = r.json()
    assert d["outlet"] == "Coast Wire" and d["published"] == "2024-03-05"
    assert d["title"] == "Jets pound Idlib village" and d["text"].startswith("Government jets")
    assert d["events"] == [kafr_nabl(client)]
    assert d["spans"], "the spans used from the document are listed"
    for s in d["spans"]:
        assert d["text"][s["start"]:s["end"]] == s["text"]
    assert {"fatalities", "location"} <= {s["field"] for s in d["spans"]}


# ------------------------------------------------------------------ sources, facets, timeline
def test_sources(client: TestClient) -> None:
    r = client.get("/api/sources")
    assert r.status_code == 200
    data = r.json()
    outlets = {o["name"]: o for o in data["outlets"]}
    assert set(outlets) == {"Northern Ledger", "Coast Wire", "Desert Times"}
    assert outlets["Coast Wire"]["reports"] == 2
    assert kafr_nabl(client) in outlets["Coast Wire"]["events"]
    assert outlets["Coast Wire"]["cites"] == {"SANA": 1}
    # Framing vocabulary, counted from the documents' text.
    assert outlets["Coast Wire"]["vocabulary"]["non_state_armed"] == {"terrorists": 1, "jihadists": 1}
    assert outlets["Northern Ledger"]["vocabulary"]["non_state_armed"] == {
        "rebels": 1, "militants": 1, "insurgents": 1}
    assert outlets["Northern Ledger"]["vocabulary"]["state"] == {"regime": 1}
    assert outlets["Coast Wire"]["vocabulary"]["state"].get("government") == 1
    cited = {s["name"]: s for s in data["sources"]}
    assert cited["SANA"]["cited_by"] == {"Coast Wire": 1} and cited["SANA"]["kind"] == "media"
    assert cited["Syrian Observatory for Human Rights"]["cited_by"] == {"Northern Ledger": 1}
    assert [g["name"] for g in data["lexicon_groups"]][:2] == ["non_state_armed", "state"]


def test_facets_and_timeline(client: TestClient) -> None:
    f = client.get("/api/facets").json()
    assert {c["name"]: c["count"] for c in f["countries"]} == {"Kenya": 3, "Syria": 1}
    assert {"Battles", "Protests"} <= {t["name"] for t in f["event_types"]}
    assert f["first_date"] == "2024-02-08" and f["last_date"] == "2024-05-12"
    t = client.get("/api/timeline").json()
    weeks = t["weeks"]
    assert weeks[0]["week"] == "2024-02-05" and weeks[-1]["week"] == "2024-05-06"
    assert sum(w["events"] for w in weeks) == 4 and sum(w["fatalities"] for w in weeks) == 9
    assert all(w["events"] == 0 for w in weeks[1:4])  # empty weeks are present
    kenya = client.get("/api/timeline", params={"country": "Kenya"}).json()["weeks"]
    assert sum(w["events"] for w in kenya) == 3


# ------------------------------------------------------------------ exports
def test_export_csv(client: TestClient) -> None:
    r = client.get("/api/export.csv", params={"country": "Kenya"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(r.text)))
    assert list(rows[0])[:len(ACLED_COLUMNS)] == ACLED_COLUMNS
    assert [row["location"] for row in rows] == ["Garissa", "Nairobi", "Mandera"]  # by date
    protest = rows[1]
    assert protest["disorder_type"] == "Demonstrations" and protest["source"] == "Coast Wire"
    assert protest["year"] == "2024" and protest["fatalities"] == "0"
    everything = list(csv.DictReader(io.StringIO(client.get("/api/export.csv").text)))
    strike = next(r for r in everything if r["location"] == "Kafr Nabl")
    assert strike["source"] == "Coast Wire; Northern Ledger" and strike["fatalities"] == "6"


def test_export_geojson(client: TestClient) -> None:
    r = client.get("/api/export.geojson")
    assert r.status_code == 200
    gj = json.loads(r.text)
    assert gj["type"] == "FeatureCollection" and len(gj["features"]) == 4
    by_place = {f["properties"]["location"]: f for f in gj["features"]}
    assert by_place["Nairobi"]["geometry"] == {"type": "Point", "coordinates": [36.817, -1.286]}
    assert by_place["Garissa"]["geometry"] is None  # no coordinates: no point invented
    one = json.loads(client.get("/api/export.geojson?type=Battles&limit=1").text)
    assert [f["properties"]["location"] for f in one["features"]] == ["Mandera"]


def test_export_jsonl(client: TestClient) -> None:
    r = client.get("/api/export.jsonl", params={"since": "2024-04-01"})
    assert r.status_code == 200
    lines = [json.loads(x) for x in r.text.splitlines()]
    assert [x["location"] for x in lines] == ["Nairobi", "Mandera"]
    assert all("event_type" in x and "grade" in x for x in lines)
    assert client.get("/api/export.jsonl?limit=0").text == ""


# ------------------------------------------------------------------ docs and web app shell
def test_openapi_and_config(client: TestClient) -> None:
    schema = client.get("/openapi.json").json()
    for path in ("/api/events", "/api/events/{event_id}", "/api/documents/{doc_id}",
                 "/api/sources", "/api/export.csv", "/api/export.geojson", "/api/export.jsonl"):
        assert path in schema["paths"]
    assert client.get("/docs").status_code == 200
    cfg = client.get("/api/config").json()
    assert cfg["read_only"] is True and cfg["tiles"] is None


def test_missing_web_assets_give_a_clear_page(tmp_path: Path, client: TestClient) -> None:
    app = create_app(client.app.state.engine, assets=tmp_path)
    r = TestClient(app).get("/")
    assert r.status_code == 503 and "make setup" in r.text
    assert TestClient(app).get("/api/events").status_code == 200  # the API still works


def test_web_app_served_from_package(client: TestClient) -> None:
    if client.app.state.missing_assets:
        pytest.skip(f"web assets not built ({client.app.state.missing_assets}): run make setup")
    r = client.get("/")
    assert r.status_code == 200 and 'src="/static/js/main.js"' in r.text
    assert not re.search(r'(src|href)="(https?:)?//', r.text), "nothing loaded from elsewhere"
    assert client.get("/static/vendor/leaflet/leaflet.js").status_code == 200
    assert client.get("/static/js/main.js").status_code == 200
