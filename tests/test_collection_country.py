"""The collection's country as a prior (sitrep.parallel.process_collection, --country):
documents whose own text settles on no country, or on another one, are read again with the
country most of the collection is about; a text that names its country keeps it."""

from __future__ import annotations

import json
import multiprocessing as mp

import pytest
from click.testing import CliRunner

from sitrep.cli import main
from sitrep.doc import Doc, Failure
from sitrep.parallel import (
    CollectionReport,
    collection_country,
    process_collection,
)


def test_collection_country_needs_a_clear_majority_of_enough_documents() -> None:
    assert collection_country(["Kenya"] * 8 + ["Uganda"] * 2) == "Kenya"
    assert collection_country(["Kenya"] * 8 + [None] * 30) is None  # too few settle
    assert collection_country(["Kenya"] * 6 + ["Uganda"] * 5) is None  # no clear majority
    assert collection_country([None, None]) is None


def _fake_process(doc: Doc) -> Doc:
    # A stand-in pipeline: the text names its country, or none ("-"); the prior fills in.
    if doc.text == "boom":
        raise ValueError("bad input")
    named = doc.text.split()[0]
    doc.country = named if named != "-" else doc.country_prior
    doc.events = [doc.country_prior]
    return doc


def _collection() -> list[Doc | Failure]:
    items: list[Doc | Failure] = [Doc(id=f"k{i}", text="Kenya note") for i in range(10)]
    items.insert(2, Doc(id="none", text="- note"))
    items.insert(5, Failure("in.jsonl", "unreadable", line=6))
    items.append(Doc(id="uganda", text="Uganda note"))
    items.append(Doc(id="bad", text="boom"))
    return items


@pytest.mark.parametrize("workers", [1, 2])
def test_auto_rereads_only_the_unsettled_documents_in_input_order(workers: int) -> None:
    if workers > 1 and "fork" not in mp.get_all_start_methods():
        pytest.skip("needs fork")
    items = _collection()
    report = CollectionReport()
    out = list(process_collection(items, _fake_process, workers, country="auto", report=report))
    assert [getattr(x, "id", None) for x in out[:-1]] == [getattr(x, "id", None) for x in items[:-1]]
    assert isinstance(out[5], Failure) and isinstance(out[-1], Failure)
    docs = {d.id: d for d in out if isinstance(d, Doc)}
    assert report.country == "Kenya" and report.reread == 2
    assert docs["none"].country == "Kenya" and docs["none"].country_prior == "Kenya"
    # the text that names another country keeps it; one settled on Kenya was read once
    assert docs["uganda"].country == "Uganda"
    assert docs["k0"].country_prior is None and docs["k0"].events == [None]


def test_finish_results_come_back_in_place_of_documents() -> None:
    out = list(process_collection(_collection(), _fake_process, 1,
                                  finish=lambda d: f"{d.id}:{d.country}", country="auto"))
    assert out[2] == "none:Kenya" and out[0] == "k0:Kenya"


def test_none_and_an_explicit_country() -> None:
    off = [d for d in process_collection(_collection(), _fake_process, 1, country=None)
           if isinstance(d, Doc)]
    assert next(d for d in off if d.id == "none").country is None
    report = CollectionReport()
    given = [d for d in process_collection(_collection(), _fake_process, 1, country="Tanzania",
                                           report=report) if isinstance(d, Doc)]
    assert all(d.country_prior == "Tanzania" for d in given)
    assert report.country == "Tanzania" and report.reread == 0


# Invented notes: ten set in named Kenyan towns, one that names no place at all.
TOWNS = ["Nakuru", "Eldoret", "Kisumu", "Garissa", "Mombasa", "Nyeri", "Machakos",
         "Kakamega", "Kitale", "Embu", "Malindi"]


def _notes(path) -> None:
    rows = [{"id": f"n{i}", "text": f"On 3 May 2021, police officers shot dead a suspected "
             f"robber in {town} town during a night patrol."} for i, town in enumerate(TOWNS)]
    rows.append({"id": "placeless", "text": "On 4 May 2021, police officers shot dead two "
                 "suspected robbers during a night patrol."})
    rows.append({"id": "abroad", "text": "On 5 May 2021, police officers shot dead a suspected "
                 "robber in Kampala, Uganda, during a night patrol."})
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")


def _extract(tmp_path, *args: str) -> tuple[dict[str, dict], str]:
    src, out = tmp_path / "notes.jsonl", tmp_path / "out.jsonl"
    _notes(src)
    res = CliRunner().invoke(main, ["extract", str(src), "--out", str(out), "--jobs", "1", *args])
    assert res.exit_code == 0, res.output
    lines = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    return {r["id"]: r for r in lines}, res.output


def test_extract_gives_a_placeless_note_its_collection_country(tmp_path) -> None:
    got, said = _extract(tmp_path)
    assert "collection country Kenya (2 documents read again with it)" in said
    placeless = got["placeless"]
    assert placeless["document"]["country"] == "Kenya"
    assert placeless["document"]["country_prior"] == "Kenya"
    assert "Kenya" in (placeless["events"][0]["actor1"] or "")
    assert got["abroad"]["document"]["country"] == "Uganda"  # its text names its country
    assert "country_prior" not in got["n0"]["document"]  # settled on Kenya by itself


def test_extract_country_none_and_a_bad_country(tmp_path) -> None:
    got, said = _extract(tmp_path, "--country", "none")
    assert got["placeless"]["document"]["country"] is None
    assert "collection country" not in said
    got, _ = _extract(tmp_path, "--country", "KE")
    assert got["placeless"]["document"]["country_prior"] == "Kenya"
    res = CliRunner().invoke(main, ["extract", str(tmp_path / "notes.jsonl"), "--country",
                                    "Atlantis"])
    assert res.exit_code == 2 and "unknown country 'Atlantis'" in res.output


def test_ingest_reads_the_collection_country_too(tmp_path) -> None:
    src = tmp_path / "notes.jsonl"
    _notes(src)
    db = tmp_path / "notes.db"
    res = CliRunner().invoke(main, ["ingest", str(src), "--db", str(db), "--jobs", "1"])
    assert res.exit_code == 0, res.output
    assert "collection country Kenya (2 documents read again with it)" in res.output
    res = CliRunner().invoke(main, ["events", "--db", str(db), "--format", "jsonl"])
    events = [json.loads(x) for x in res.output.splitlines()]
    assert sum(e["country"] == "Kenya" for e in events) == len(TOWNS) + 1
