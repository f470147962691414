"""A note the model reads as "no event" still gives an event when its own words tell a
demonstration that took place, or a person shot beside a word for an attack
(EventExtractor._told_act). The model is made to read every text as no event here, so
that only the rule decides."""

from __future__ import annotations

import pytest

from sitrep.doc import Doc
from sitrep.nlp import classify
from sitrep.pipeline import extract


@pytest.fixture
def model_says_none(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(classify, "classify_sentences", lambda doc, sentences: (None, 0.66, None))


def _events(text: str) -> list:
    doc = extract(Doc(id="t", text=text))
    return [e for e in doc.events if e.status == "event"]


def test_protest_told_beside_a_denial_is_an_event(model_says_none: None) -> None:
    evs = _events("The housing ministry on Monday denied plans to move squatters out of Kibos. "
                  "Even so, protests spread through the estates of Kisumu overnight.")
    assert evs, "a protest told as done is an event"
    assert evs[0].event_type == "Protests"
    assert evs[0].fatalities == 0


def test_person_shot_and_recovering_is_an_attack(model_says_none: None) -> None:
    evs = _events("A cousin of the county governor is recovering in a Nakuru hospital after "
                  "he was shot at on Friday evening.")
    assert evs and evs[0].sub_event_type == "Attack"
    assert evs[0].fatalities == 0


def test_plant_blast_with_deaths_stays_no_event(model_says_none: None) -> None:
    assert not _events("Five workers were killed and nine injured when a boiler exploded at "
                       "a sugar factory in Muhoroni on Tuesday.")


def test_planned_protest_stays_no_event(model_says_none: None) -> None:
    assert not _events("Traders threatened to hold protests in Eldoret next week if the new "
                       "market levy is not withdrawn.")


def test_patients_in_hospital_without_an_attack_stay_no_event(model_says_none: None) -> None:
    assert not _events("Two pupils were rushed to hospital after a gas leak at their school "
                       "in Thika on Wednesday.")



def test_air_strikes_told_as_done_are_a_told_act():
    # When the model reads a group as no event (a strike told through the power cut it
    # caused reads to it like utility news), strikes from the air told as done keep it an
    # event: no crime or disaster is told that way. A threatened strike does not.
    from sitrep.ingest import make_doc
    from sitrep.nlp.events import EventExtractor
    from sitrep.pipeline import default_pipeline

    nlp = default_pipeline()
    extractor = EventExtractor()

    def told(text: str) -> str | None:
        doc = nlp(make_doc("p", text, published="2022-11-20"))
        groups = extractor._groups(doc, extractor._mentions(doc))
        return extractor._told_act(doc, groups[0]) if groups else None

    assert told("Air strikes hit a power station outside Amuda on Saturday, cutting "
                "electricity to seventy villages.") == "Air/drone strike"
    assert told("The ministry warned that air strikes could hit power stations.") is None
