"""The store on a real SQLite file and a real PostgreSQL server (started by conftest):
ingest, copies, incremental fusion, re-ingest, corrections, re-fusion."""

from __future__ import annotations

import pytest
from fusion_fixtures import doc, long_text, record

from sitrep.doc import Failure
from sitrep.store.db import Store


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request, tmp_path):
    if request.param == "sqlite":
        url = str(tmp_path / "events.db")
    else:
        url = request.getfixturevalue("pg_url")
    s = Store(url)
    yield s
    s.close()


def _docs():
    return [
        doc("a", long_text("Strike on Saraqib"),
            record("a", killed=(4, 4, 4), source="Local Monitor", outlet="Wire A"),
            outlet="Wire A"),
        doc("b", long_text("Raid hits Saraqib market"),
            record("b", killed=(7, 7, 7), source="Rescue Service", lat=35.87, lon=36.79),
            outlet="Paper B"),
        doc("c", long_text("Strike on Saraqib") + " Syndicated.",
            record("c", killed=(4, 4, 4), source="Local Monitor"), outlet="Copy C"),
        # Same day, same city, but a protest: a different event.
        doc("d", long_text("Crowd gathers in Saraqib"),
            record("d", etype="Protests", sub="Peaceful protest", actor1="Protesters (Syria)",
                   actor2=None)),
    ]


def _by_doc(store):
    return {tuple(ex["doc_ids"]): (rec, ex) for rec, ex in store.events()}


def test_ingest_fuses_copies_and_keeps_distinct_events(store):
    summary = store.ingest(_docs() + [Failure("bad.jsonl", "not JSON", line=3)])
    assert (summary.processed, summary.known, summary.failed, summary.copies) == (4, 0, 1, 1)
    events = _by_doc(store)
    assert set(events) == {("a", "b", "c"), ("d",)}
    rec, ex = events[("a", "b", "c")]
    assert rec.fatalities == 4 and rec.fatalities_high == 7
    assert ex["n_original_sources"] == 2 and ex["grade"] == "fair"
    assert ex["copies"] == ["c"]
    assert [c["field"] for c in ex["contradictions"]] == ["fatalities"]
    assert len(rec.claims) == 3 and rec.claims[0].evidence is not None
    assert store.failures()[0]["reason"] == "not JSON"
    assert store.count("documents") == 4 and store.count("reports") == 4


def test_reingest_same_document_changes_nothing(store):
    store.ingest(_docs())
    before = [(r.event_id, ex["doc_ids"]) for r, ex in store.events()]
    summary = store.ingest(_docs())
    assert (summary.processed, summary.known) == (0, 4)
    assert [(r.event_id, ex["doc_ids"]) for r, ex in store.events()] == before
    assert store.count("reports") == 4


def test_incremental_ids_are_stable(store):
    docs = _docs()
    store.ingest(docs[:1])
    (first,) = [r.event_id for r, _ in store.events()]
    store.ingest(docs[1:])
    assert first in {r.event_id for r, _ in store.events()}
    assert _by_doc(store)[("a", "b", "c")][0].event_id == first
    assert store.refuse() == 2
    assert _by_doc(store)[("a", "b", "c")][0].event_id == first


def test_changed_document_replaces_its_reports(store):
    store.ingest(_docs())
    changed = doc("b", long_text("Raid hits Saraqib market") + " Updated toll.",
                  record("b", killed=(9, 9, 9), source="Rescue Service"), outlet="Paper B")
    summary = store.ingest([changed])
    assert summary.processed == 1
    rec, _ = _by_doc(store)[("a", "b", "c")]
    assert rec.fatalities_high == 9
    assert store.count("reports") == 4


def test_corrections_survive_refusion(store):
    store.ingest(_docs())
    events = _by_doc(store)
    strike = events[("a", "b", "c")][0].event_id
    protest = events[("d",)][0].event_id
    assert store.edit(strike, "fatalities", "5", note="checked") == 4
    new_id = store.split(strike, "b")
    events = _by_doc(store)
    assert events[("a", "c")][0].fatalities == 5
    assert events[("b",)][0].event_id == new_id
    store.merge(strike, protest)
    for _ in range(2):
        events = _by_doc(store)
        assert set(events) == {("a", "c", "d"), ("b",)}
        merged, ex = events[("a", "c", "d")]
        assert merged.event_id == strike and merged.fatalities == 5
        assert ex["corrections"][0]["old"] == 4 and ex["corrections"][0]["note"] == "checked"
        assert events[("b",)][0].event_id == new_id
        store.refuse()
    shown = store.event(strike)
    assert [c["kind"] for c in shown["corrections"]] == ["edit", "split", "merge"]
    # Re-ingesting the split-out document must not pull it back in.
    store.ingest([doc("b", long_text("Raid hits Saraqib market") + " v2",
                      record("b", killed=(7, 7, 7), source="Rescue Service"),
                      outlet="Paper B")])
    assert ("a", "c", "d") in _by_doc(store)


def test_filters(store):
    store.ingest(_docs())
    assert len(list(store.events(event_type="Protests"))) == 1
    assert len(list(store.events(event_type="Air/drone strike"))) == 1
    assert len(list(store.events(country="syria"))) == 2
    assert list(store.events(since="2023-05-05")) == []
    assert len(list(store.events(until="2023-05-04"))) == 2


def test_non_event_reports_are_stored_but_not_fused(store):
    d = doc("e", long_text("Looking back"), record("e", status="background"))
    store.ingest([d])
    assert store.count("reports") == 1
    assert list(store.events()) == []


def test_shared_block_address_fuses_across_a_wrongly_extracted_town(tmp_path):
    # Enough unrelated documents for names to be judged distinctive (see NAME_DF_SHARE).
    filler = [doc(f"f{i}", f"A quiet day number {i} was reported by the paper.",
                  record(f"f{i}", date=f"2022-0{1 + i % 9}-1{i % 10}", location=f"Town {i}",
                         lat=30.0 + i / 10, lon=40.0))
              for i in range(30)]
    x = doc("x", "Two men were shot in the 2300 block of Varrow Avenue on Tuesday, police "
                 "said. One of them, Pelle Odrin, was taken to a hospital.",
            record("x", injured=(2, 2, 2), location="Saraqib", lat=35.86, lon=36.80),
            outlet="Paper X")
    # The next day's follow-up; the extractor placed it in a town 60 km away.
    y = doc("y", "Detectives asked for witnesses to the shooting in the 2300 block of "
                 "Varrow Avenue that wounded two men, among them Mr Odrin.",
            record("y", date="2023-05-05", injured=(2, 2, 2), location="Farther",
                   lat=36.3, lon=37.2), outlet="Paper Y")
    # Another shooting the next day in another part of town, naming other people.
    z = doc("z", "A woman was wounded in the 900 block of Quillan Street, said Sgt. Asta "
                 "Morrow of the Tessel precinct.",
            record("z", date="2023-05-05", injured=(1, 1, 1), location="Saraqib East",
                   lat=35.9, lon=36.9), outlet="Paper Z")
    with Store(str(tmp_path / "e.db")) as store:
        store.ingest(filler + [x, y, z])
        events = _by_doc(store)
    assert ("x", "y") in events and ("z",) in events
