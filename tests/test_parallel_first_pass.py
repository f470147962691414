"""process_collection's first pass with a real Pipeline: a document that settles, at its
places, on another country than most documents read so far is left unfinished and read in
full in the second pass. The guess only moves work: the results are those of reading every
document in full first (sitrep.parallel._first_pass)."""

from __future__ import annotations

import multiprocessing as mp

import pytest

from sitrep.doc import PLACES, Doc, Span
from sitrep.nlp.places import document_country
from sitrep.parallel import CollectionReport, process_collection
from sitrep.pipeline import Pipeline

_COUNTRIES = {"Nyeri": "Kenya", "Gulu": "Uganda"}
tail_runs: list[str] = []


def _fake_places(doc: Doc) -> Doc:
    # The first word is a town of a country the stand-in knows, or no place at all; the
    # collection's prior is a place when the text names none (as the real tagger's vote).
    word = doc.text.split()[0]
    country = _COUNTRIES.get(word) or doc.country_prior
    doc.layers[PLACES] = []
    if country:
        doc.add(PLACES, Span(0, len(word), "place", word,
                             {"feature": "city", "country": country, "admin1": None}))
    return doc


def _fake_actors(doc: Doc) -> Doc:
    tail_runs.append(doc.id)
    return doc


def _fake_events(doc: Doc) -> Doc:
    doc.country = document_country(doc)
    doc.events = [f"{doc.id}:{doc.country}:{doc.country_prior}"]
    return doc


_COMPONENTS = [("places", _fake_places), ("actors", _fake_actors), ("events", _fake_events)]


def _whole(doc: Doc) -> Doc:
    # The same components, but not a Pipeline: every document is read in full at once.
    for _, component in _COMPONENTS:
        doc = component(doc)
    return doc


def _collection() -> list[Doc]:
    words = ["Nyeri"] * 12 + ["Gulu", "Quietly", "Nyeri", "Gulu", "Nyeri", "Softly"] + ["Nyeri"] * 6
    return [Doc(id=f"d{i}", text=f"{w} note") for i, w in enumerate(words)]


def _line(doc: Doc) -> str:
    return "|".join(doc.events)


@pytest.mark.parametrize("workers", [1, 2])
def test_unfinished_documents_come_back_as_a_full_first_reading_would(workers: int) -> None:
    if workers > 1 and "fork" not in mp.get_all_start_methods():
        pytest.skip("needs fork")
    want_report = CollectionReport()
    want = list(process_collection(_collection(), _whole, workers, finish=_line,
                                   report=want_report))
    got_report = CollectionReport()
    got = list(process_collection(_collection(), Pipeline(_COMPONENTS), workers, finish=_line,
                                  report=got_report))
    assert got == want
    assert (got_report.country, got_report.reread) == (want_report.country, want_report.reread)
    assert got_report.country == "Kenya" and got_report.reread == 4
    assert "d12:Uganda:Kenya" in got and "d13:Kenya:Kenya" in got  # a name keeps its country


def test_the_first_pass_stops_at_the_places_of_a_document_read_again() -> None:
    tail_runs.clear()
    list(process_collection(_collection(), Pipeline(_COMPONENTS), 1, finish=_line))
    # Past the first ten documents (the sample a majority needs), the four that settle on
    # another country or none run the later components once, in the second pass, not twice.
    assert sorted(tail_runs, key=lambda d: int(d[1:])) == [f"d{i}" for i in range(24)]
    assert len(tail_runs) == 24


def test_unfinished_documents_without_a_collection_country_are_finished_without_a_prior() -> None:
    # Ten Kenyan notes, then nine Ugandan ones: the first Ugandan ones are left unfinished
    # (Kenya leads so far), but the collection ends with no clear country.
    docs = [Doc(id=f"d{i}", text=f"{'Nyeri' if i < 10 else 'Gulu'} note") for i in range(19)]
    want = list(process_collection([Doc(id=d.id, text=d.text) for d in docs], _whole, 1,
                                   finish=_line))
    tail_runs.clear()
    report = CollectionReport()
    got = list(process_collection(docs, Pipeline(_COMPONENTS), 1, finish=_line, report=report))
    assert got == want and report.country is None and report.reread == 0
    assert "d10:Uganda:None" in got
    # (d10 to d16 while Kenya still holds three fifths of the countries seen; then finished
    # in the second pass)
    assert tail_runs == [f"d{i}" for i in [*range(10), 17, 18, *range(10, 17)]]
