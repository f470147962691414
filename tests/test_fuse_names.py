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
    words = [k for k in keys if k[0].isalpha()]
    assert words == ["kolvane", "street", "orvik", "tamsin", "brady", "zelmar"]
    assert "later" not in keys and "the" not in keys and "witnesses" not in keys
    # Full names (two capitalised words in a row) are kept as one key as well.
    assert "~tamsin brady" in keys and "~kolvane street" in keys


def test_name_keys_drop_headline_words_and_keep_block_addresses():
    text = ("Teen Hurt In Crash Near Depot\nA teen was hurt in a crash near the depot in "
            "the 2300 block of North Varrow Avenue, said Sgt. Pelle Odrin.")
    keys = name_keys(text)
    # "Hurt", "Crash", "Depot" are written in lower case in the text: a title-case headline.
    assert not {"hurt", "crash", "depot", "near"} & set(keys)
    assert keys[0] == "@2300 varrow"
    assert "varrow" in keys and "odrin" in keys and "~pelle odrin" in keys


def test_shared_block_address_is_strong_evidence():
    base = dict(location="Town A", admin1="Idlib", lat=35.9, lon=36.6)
    a = f(record("a", **base), "a", ["@2300 varrow", "kolvane"])
    b = f(record("b", date="2023-05-06", **base), "b", ["@2300 varrow", "pell"])
    assert compare(a, b) is not None and compare(a, b) > 0.55
    # One shared plain word two days apart is not enough when the places disagree.
    c = f(record("c", location="Town B", admin1="Aleppo", lat=36.0, lon=36.7,
                 date="2023-05-06"), "c", ["kolvane", "pell"])
    assert compare(a, c) is None


def test_shared_names_outweigh_a_wrongly_extracted_town():
    # Same victims and street; the extractor put one report in another province.
    a = f(record("a", location="Town A", admin1="Idlib", lat=35.9, lon=36.6), "a",
          ["kolvane", "orvik", "tamsin"])
    b = f(record("b", location="Town B", admin1="Aleppo", lat=36.0, lon=36.7,
                 date="2023-05-06"), "b", ["kolvane", "orvik", "tamsin", "brady"])
    assert compare(a, b) is not None and compare(a, b) > 0.55
    # Two single words alone do not carry a report into another province: a phrase two
    # stories share is as likely as the victim's name.
    two = f(record("t", location="Town B", admin1="Aleppo", lat=36.0, lon=36.7,
                   date="2023-05-06"), "t", ["kolvane", "orvik", "brady"])
    assert compare(a, two) is None
    # Two weeks apart, two shared names are not enough (another story in the same street).
    c = f(record("c", date="2023-05-20"), "c", ["kolvane", "orvik", "pell"])
    assert compare(a, c) is None


def test_named_reports_sharing_no_name_stay_apart_unless_all_else_agrees():
    a = f(record("a", killed=(1, 1, 1)), "a", ["kolvane", "orvik", "tamsin", "brady"])
    # Another toll, or a day apart, or another town: two stories.
    b = f(record("b", killed=(3, 3, 3)), "b", ["marrow", "quill", "fenwick", "asta"])
    assert compare(a, b) is None
    b = f(record("b", killed=(1, 1, 1), date="2023-05-05"), "b", ["marrow", "quill", "asta"])
    assert compare(a, b) is None
    b = f(record("b", killed=(1, 1, 1), location="Town B", lat=35.95, lon=36.65), "b",
          ["marrow", "quill", "asta"])
    assert compare(a, b) is None
    # Same town, same day, same toll, same type: one outlet named the street, the other
    # the victim; they may be one event, scored below a pair sharing a name.
    b = f(record("b", killed=(1, 1, 1)), "b", ["marrow", "quill", "fenwick", "asta"])
    c = f(record("c", killed=(1, 1, 1)), "c", ["kolvane", "quill"])
    assert compare(a, b) is not None and 0.55 < compare(a, b) < compare(a, c)
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
