"""Distinctive names, main reports and undated reports in fusion (invented texts)."""

from __future__ import annotations

from fusion_fixtures import doc, record

from sitrep.fuse.features import features, name_keys
from sitrep.fuse.match import compare
from sitrep.store.db import Store, main_report


def f(rec, doc_id, names):
    return features(rec, rid=f"{doc_id}#0", doc_id=doc_id, names=names)


def test_name_keys_skip_sentence_starts_and_fold_spelling():
    text = ("Later that night the Kolvane Street house was hit. The Orvik family said "
            "Tamsin Brady's car burned.\nWitnesses saw it in Zélmar.")
    keys = name_keys(text)
    assert keys == ["kolvane", "street", "orvik", "tamsin", "bradys", "zelmar"]
    assert "later" not in keys and "the" not in keys and "witnesses" not in keys


def test_shared_names_outweigh_a_wrongly_extracted_town():
    # Same victims and street; the extractor put one report in another province.
    a = f(record("a", location="Town A", admin1="Idlib", lat=35.9, lon=36.6), "a",
          ["kolvane", "orvik", "tamsin"])
    b = f(record("b", location="Town B", admin1="Aleppo", lat=36.0, lon=36.7,
                 date="2023-05-06"), "b", ["kolvane", "orvik", "brady"])
    assert compare(a, b) is not None and compare(a, b) > 0.55
    # Two weeks apart, two shared names are not enough (another story in the same street).
    c = f(record("c", date="2023-05-20"), "c", ["kolvane", "orvik", "pell"])
    assert compare(a, c) is None


def test_same_day_same_town_different_names_stay_apart():
    a = f(record("a", killed=(1, 1, 1)), "a", ["kolvane", "orvik", "tamsin", "brady"])
    b = f(record("b", killed=(1, 1, 1)), "b", ["marrow", "quill", "fenwick", "asta"])
    assert compare(a, b) is None
    # Without names on one side (a short wire item) the extracted fields decide.
    c = f(record("c", killed=(1, 1, 1)), "c", [])
    assert compare(a, c) is not None and compare(a, c) > 0.55


def test_main_report_choice():
    assert main_report(["background", "event", "event"]) == (1, False)
    assert main_report(["non_conflict"]) == (0, True)
    assert main_report([]) == (None, False)


def test_undated_report_joins_dated_one_citing_the_same_monitor(tmp_path):
    monitor = "Invented Monitor"
    dated = record("a", killed=(21, 21, 21), source=monitor, outlet="Wire A",
                   location="Homs desert", admin1="Homs", geo=3, lat=34.6, lon=37.5)
    undated = record("b", killed=(21, 21, None), source=monitor, outlet="Paper B",
                     location="Homs desert", admin1="Homs", geo=3, lat=34.6, lon=37.5)
    undated.event_date = undated.date_start = undated.date_end = None
    undated.time_precision = None
    elsewhere = record("c", date="2022-04-20", killed=(3, 3, 3), source="Other Agency",
                       location="Homs desert", admin1="Homs", geo=3, lat=34.6, lon=37.5)
    with Store(str(tmp_path / "e.db")) as store:
        store.ingest([doc("a", "A dated report.", dated, outlet="Wire A"),
                      doc("c", "An older report.", elsewhere, outlet="Paper C"),
                      doc("b", "An undated report.", undated, outlet="Paper B")])
        events = {tuple(ex["doc_ids"]): (rec, ex) for rec, ex in store.events()}
    assert set(events) == {("a", "b"), ("c",)}
    rec, ex = events[("a", "b")]
    assert rec.fatalities == 21 and rec.event_date == "2023-05-04"
    assert ex["original_sources"] == [monitor] and ex["n_original_sources"] == 1
    assert ex["n_outlets"] == 2 and ex["grade"] == "weak"


def test_secondary_reports_are_kept_but_not_fused_by_default(tmp_path):
    main = record("a", killed=(2, 2, 2))
    other = record("a", date="2023-04-01", location="Elsewhere", lat=36.5, lon=37.5)
    with Store(str(tmp_path / "e.db")) as store:
        store.ingest([doc("a", "Two stories on one page.", main, other)])
        assert store.count("reports") == 2
        assert [ex["doc_ids"] for _, ex in store.events()] == [["a"]]
    with Store(str(tmp_path / "f.db")) as store:
        store.fuse_secondary = True
        store.ingest([doc("a", "Two stories on one page.", main, other)])
        assert len(list(store.events())) == 2


def test_parallel_extraction_gives_the_same_events(tmp_path):
    def extract(d):  # stands in for the pipeline: fills doc.events from the text
        d.events = [record(d.id, killed=(int(d.text.split()[0]), None, None),
                           date="2023-05-0" + d.text.split()[1])]
        return d

    def docs():
        return [doc(f"d{i}", f"{1 + i % 3} {1 + i % 5} invented filler") for i in range(40)]

    results = []
    for workers in (1, 2):
        with Store(str(tmp_path / f"w{workers}.db")) as store:
            summary = store.ingest(docs(), extract, batch_size=7, workers=workers)
            assert summary.processed == 40 and summary.failed == 0
            results.append(sorted(tuple(ex["doc_ids"]) for _, ex in store.events()))
    assert results[0] == results[1]
