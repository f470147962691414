"""process_collection's ``with_prior``: a document read in full in the first pass and read
again with the collection's prior is read only up to its places when they come out as they
did without the prior; its first result, made into the one with the prior, is kept. Where the
prior changes a place, the document is read in full again. The results are those of reading
every such document again in full (sitrep.parallel._first_pass, _places_print)."""

from __future__ import annotations

import multiprocessing as mp

import pytest

from sitrep.doc import PLACES, Doc, Span
from sitrep.nlp.places import document_country
from sitrep.parallel import CollectionReport, process_collection
from sitrep.pipeline import Pipeline

# "Springfield" has a reading in both countries: the prior, when there is one, picks it.
_COUNTRIES = {"Nyeri": "Kenya", "Gulu": "Uganda"}
tail_runs: list[str] = []
number_runs: list[str] = []


def _fake_numbers(doc: Doc) -> Doc:
    # A layer the place tagger does not read (sitrep.parallel._PLACES_IGNORE) and the later
    # components do.
    number_runs.append(doc.id)
    doc.layers["numbers"] = [Span(0, 1, "count", doc.text[:1], {"best": 1})]
    return doc


def _fake_places(doc: Doc) -> Doc:
    word = doc.text.split()[0]
    if word == "Springfield":
        country = doc.country_prior or "Uganda"
    else:
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
    doc.events = [f"{doc.id}:{doc.country}:{len(doc.get('numbers'))}"]
    return doc


_COMPONENTS = [("numbers", _fake_numbers), ("places", _fake_places), ("actors", _fake_actors), ("events", _fake_events)]


def _line(doc: Doc) -> str:
    # (the prior is part of the result, as it is of extract's metadata)
    return "|".join(doc.events) + f"|prior={doc.country_prior}"


def _line_with_prior(line: str, prior: str) -> str:
    return line.rsplit("|prior=", 1)[0] + f"|prior={prior}"


def _collection() -> list[Doc]:
    # Twelve Ugandan notes (read in full: Uganda leads while they come), one that names no
    # place, one that the prior moves, then Kenyan ones, enough to make Kenya the collection's.
    words = ["Gulu"] * 3 + ["Quietly"] + ["Gulu"] * 3 + ["Springfield"] + ["Gulu"] * 6 + ["Nyeri"] * 24
    return [Doc(id=f"d{i}", text=f"{w} note") for i, w in enumerate(words)]


@pytest.mark.parametrize("workers", [1, 2])
def test_documents_whose_places_the_prior_leaves_keep_their_first_result(workers: int) -> None:
    if workers > 1 and "fork" not in mp.get_all_start_methods():
        pytest.skip("needs fork")
    want_report = CollectionReport()
    want = list(process_collection(_collection(), Pipeline(_COMPONENTS), workers,
                                   finish=_line, report=want_report))
    got_report = CollectionReport()
    got = list(process_collection(_collection(), Pipeline(_COMPONENTS), workers, finish=_line,
                                  report=got_report, with_prior=_line_with_prior))
    assert got == want
    assert got_report.country == want_report.country == "Kenya"
    assert got_report.reread == want_report.reread == 14
    assert "d0:Uganda:1|prior=Kenya" in got
    assert "d7:Kenya:1|prior=Kenya" in got  # the prior moved its place: read again in full
    assert "d3:Kenya:1|prior=Kenya" in got  # no place: the prior is its country


def test_the_later_components_run_again_only_where_the_prior_changed_a_place() -> None:
    tail_runs.clear()
    number_runs.clear()
    list(process_collection(_collection(), Pipeline(_COMPONENTS), 1, finish=_line,
                            with_prior=_line_with_prior))
    again = sorted({d for d in tail_runs if tail_runs.count(d) > 1}, key=lambda d: int(d[1:]))
    assert again == ["d3", "d7"]
    assert len(set(tail_runs)) == 38
    # (the check of places skips the numbers: of the documents read in full in the first
    # pass, d0 to d13, they run again only where the places differ)
    assert sorted({d for d in number_runs if number_runs.count(d) > 1 and int(d[1:]) < 14},
                  key=lambda d: int(d[1:])) == ["d3", "d7"]


def test_the_place_tagger_reads_no_layer_of_the_components_the_check_skips() -> None:
    # (sitrep.parallel._PLACES_IGNORE: the check compares places read without them)
    from sitrep.parallel import _PLACES_IGNORE
    from sitrep.pipeline import default_pipeline

    text = ("Two traders were shot dead and five wounded in Nyeri on Friday, and 12 shops "
            "burnt near the Gulu road, the county commissioner said.")
    components = default_pipeline().components
    cut = [name for name, _ in components].index("places") + 1
    layers = []
    for skip in (frozenset(), _PLACES_IGNORE):
        doc = Doc(id="n", text=text, country_prior="Kenya")
        for name, component in components[:cut]:
            if name not in skip:
                doc = component(doc)
        layers.append(repr([(s.start, s.end, s.label, s.attrs) for s in doc.get(PLACES)]))
    assert layers[0] == layers[1] and "Nyeri" in layers[0]


# A note that names a foreign country only as where its attackers come from: the place layer
# is the same with the prior as without it, but ``document_country`` sets that country aside
# in a collection set elsewhere (places._home_elsewhere), so the note's result changes.
def _places_with_home(doc: Doc) -> Doc:
    words = doc.text.split()
    doc.layers[PLACES] = []
    if words[0] == "Raiders":
        doc.add(PLACES, Span(13, 19, "place", "Uganda",
                             {"feature": "country", "country": "Uganda", "admin1": None,
                              "origin": True}))
        return doc
    return _fake_places(doc)


_HOME_COMPONENTS = [("numbers", _fake_numbers), ("places", _places_with_home),
                    ("actors", _fake_actors), ("events", _fake_events)]


def _home_collection(first: bool) -> list[Doc]:
    # The raiders' note before the Kenyan ones (read in full in the first pass: no country
    # leads yet), or after them (left at its places and read in full in the second pass).
    raiders = Doc(id="raid", text="Raiders from Uganda struck a herders' camp")
    kenyan = [Doc(id=f"k{i}", text="Nyeri note") for i in range(14)]
    return [raiders, *kenyan] if first else [*kenyan, raiders]


@pytest.mark.parametrize("first", [True, False])
def test_a_prior_that_only_sets_a_home_country_aside_is_no_unchanged_layer(first: bool) -> None:
    got = list(process_collection(_home_collection(first), Pipeline(_HOME_COMPONENTS), 1,
                                  finish=_line, with_prior=_line_with_prior))
    want = list(process_collection(_home_collection(first), Pipeline(_HOME_COMPONENTS), 1,
                                   finish=_line))
    assert got == want
    assert "raid:Kenya:1|prior=Kenya" in got


def test_the_place_digest_reads_the_places_set_aside_by_the_prior() -> None:
    from sitrep.parallel import _places_print

    doc = _places_with_home(Doc(id="raid", text="Raiders from Uganda struck a herders' camp"))
    without = _places_print(doc)
    doc.country_prior = "Kenya"
    assert without is not None and _places_print(doc) != without
    doc.country_prior = "Uganda"  # (its own country: nothing set aside)
    assert _places_print(doc) == without


def test_the_real_pipeline_gives_a_note_the_same_result_wherever_it_comes() -> None:
    # The same collection, the note with a foreign home first (read in full in the first
    # pass, then only up to its places with the prior) or last (left at its country in the
    # first pass, read in full in the second): one result, the collection's country.
    from sitrep.pipeline import default_pipeline, events_only

    pipeline = events_only(default_pipeline())
    note = "Armed herders from Ethiopia raided a village in Kenya and stole cattle."
    kenyan = [f"Police in Nyeri arrested {n} suspects after a robbery on Monday."
              for n in range(3, 15)]

    def line(doc: Doc) -> str:
        return repr([doc.country, [(e.country, e.location, e.actor1, e.actor2)
                                   for e in doc.events if e.status == "event"]])

    def the_note(first: bool) -> str:
        docs = [Doc(id=f"k{i}", text=t) for i, t in enumerate(kenyan)]
        raid = Doc(id="raid", text=note)
        out = list(process_collection([raid, *docs] if first else [*docs, raid], pipeline, 1,
                                      finish=line, with_prior=lambda got, _prior: got))
        return out[0] if first else out[-1]

    first, last = the_note(True), the_note(False)
    assert first == last
    assert first.startswith("['Kenya'")
