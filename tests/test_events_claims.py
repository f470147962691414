"""Claims: each source's own figures, and the stances told beside the event (invented
article)."""

from __future__ import annotations

import pytest

from sitrep.ingest import make_doc
from sitrep.pipeline import default_pipeline

ARTICLE = (
    "Shelling hits market in Somali town\n\n"
    "Artillery shells struck the main market of Beledweyne on Tuesday, killing at least nine "
    "people and wounding 20, a local doctor said.\n\n"
    "The rebel radio station, citing medical sources, put the toll at 14 dead. The army "
    "denied shelling the town and the interior ministry has not commented."
)


@pytest.fixture(scope="module")
def event():
    doc = default_pipeline()(make_doc("c1", ARTICLE, published="2022-03-09"))
    return doc.events[0]


def test_each_source_keeps_its_own_figures(event) -> None:
    by_source = {c.source: c for c in event.claims}
    assert by_source["medical sources"].values.get("fatalities_best") == 14
    others = [c for c in event.claims if c.source != "medical sources"
              and c.modality == "reported"]
    assert others and others[0].values.get("fatalities_low") == 9
    # the record spans both accounts; ACLED's figure is the lower
    assert (event.fatalities_low, event.fatalities_high) == (9, 14)


def test_stances_beside_the_event_are_claims_without_values(event) -> None:
    stances = {(c.source, c.modality) for c in event.claims if not c.values}
    assert any(m == "denied" and "Military" in (src or "") for src, m in stances)
    assert ("Ministry of Interior", "not_confirmed") in stances


def test_bare_police_is_no_kenyan_source() -> None:
    from sitrep.doc import Doc
    from sitrep.nlp.sources import AttributionTagger

    doc = AttributionTagger()(Doc(id="t", text="Police said two men were arrested in Kano."))
    assert [s.attrs["name"] for s in doc.get("sources")] == ["police"]


LATER = (
    "Jets strike rebel depots near Idlib\n\n"
    "Jets struck two rebel depots near Idlib on Sunday, killing six fighters, a monitor "
    "said.\n\n"
    "The depots had been used for months to store fuel for the front lines.\n\n"
    "The defence ministry has not provided any comment."
)


def test_a_non_comment_paragraphs_later_is_the_events_claim() -> None:
    doc = default_pipeline()(make_doc("c2", LATER, published="2022-03-09"))
    stances = [(c.source, c.modality) for c in doc.events[0].claims if not c.values]
    assert stances == [("Ministry of Defence", "not_confirmed")]
