"""A group the model reads as an event stays out of the events when its own words name a
natural or industrial disaster (cues.tells_disaster, read in EventExtractor._record); a
demonstration about a disaster is still an event. The model is made to read every text as
the event named here, so that only the rule decides. Invented sentences."""

from __future__ import annotations

import pytest

from sitrep.doc import Doc
from sitrep.nlp import classify
from sitrep.nlp.cues import tells_disaster
from sitrep.pipeline import extract


def _reading(monkeypatch: pytest.MonkeyPatch, sub: str, score: float = 0.6) -> None:
    monkeypatch.setattr(classify, "classify_sentences",
                        lambda doc, sentences: (sub, score, sentences[0] if sentences else None))


def _statuses(text: str) -> list[str]:
    return [e.status for e in extract(Doc(id="t", text=text)).events]


def test_disaster_words() -> None:
    assert tells_disaster("A gas cylinder exploded in a bakery in the old town.")
    assert tells_disaster("The landslides buried two hamlets above the river.")
    assert tells_disaster("Flash flooding swept away the footbridge.")
    assert not tells_disaster("Protesters flooded the streets of the capital.")
    assert not tells_disaster("Neighbours thought the shots were fireworks.")
    assert not tells_disaster("Riders rioted after a road accident near the market.")


@pytest.mark.parametrize(("sub", "text"), [
    # a blast told as a gas explosion
    ("Remote explosive/landmine/IED", "Six people were killed when a gas cylinder exploded at "
     "a roadside eatery in Kamsar on Tuesday."),
    # deaths in an earthquake
    ("Attack", "At least forty people were killed after an earthquake struck the hill villages "
     "on Sunday night."),
    # an arrest for ordinary crime
    ("Arrests", "Police in Tamsweg on Friday arrested four men suspected of running a car theft "
     "and smuggling ring."),
])
def test_no_event(monkeypatch: pytest.MonkeyPatch, sub: str, text: str) -> None:
    _reading(monkeypatch, sub)
    statuses = _statuses(text)
    assert statuses and "event" not in statuses


@pytest.mark.parametrize(("sub", "text"), [
    # a protest about a disaster
    ("Peaceful protest", "Hundreds of farmers marched on the county offices on Monday to "
     "protest the slow relief after the floods."),
    # a shooting with no disaster word
    ("Attack", "Gunmen shot dead two traders at the cattle market on Friday."),
    # a political arrest
    ("Arrests", "Police in Tamsweg on Friday arrested four opposition organisers ahead of the "
     "planned march."),
    # only arrests and seizures: violence during a robbery is still coded
    ("Attack", "Robbers shot dead a shopkeeper during a robbery at Kamsar on Friday."),
])
def test_stays_an_event(monkeypatch: pytest.MonkeyPatch, sub: str, text: str) -> None:
    _reading(monkeypatch, sub)
    statuses = _statuses(text)
    assert statuses and statuses[0] == "event"


def test_crime_words() -> None:
    from sitrep.nlp.cues import tells_crime

    assert tells_crime("Detectives broke up a ring that forged bank cards; fraud charges follow.")
    assert tells_crime("Customs officers held two men over heroin trafficking.")
    assert not tells_crime("Police arrested the opposition leader after the rally.")


def test_a_confident_reading_beside_a_disaster_word_stays(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # A shooting told where a storm once passed: the model is sure, the word is scenery.
    _reading(monkeypatch, "Attack", score=0.9)
    statuses = _statuses("Two men were shot dead on Friday in a street that still bears the "
                         "scars of the hurricane.")
    assert statuses and statuses[0] == "event"


def test_an_arrest_told_with_a_victim_stays(monkeypatch: pytest.MonkeyPatch) -> None:
    # An arrest for a robbery in which someone was hurt is that violence's record.
    _reading(monkeypatch, "Arrests")
    statuses = _statuses("Police on Friday arrested three men over a robbery in which a "
                         "cashier was wounded.")
    assert statuses and statuses[0] == "event"


def test_an_armed_group_arrested_over_smuggling_stays(monkeypatch: pytest.MonkeyPatch) -> None:
    # A named armed group's member arrested is a political arrest, whatever the charge.
    _reading(monkeypatch, "Arrests")
    statuses = _statuses("Police on Friday arrested an Al-Shabaab financier over a cattle "
                         "smuggling ring in Garissa.")
    assert statuses and statuses[0] == "event"
    statuses = _statuses("Border police on Friday arrested a rebel commander over a gold "
                         "smuggling ring in Busia.")
    assert statuses and statuses[0] == "event"


def test_a_titled_page_keeps_its_event(monkeypatch: pytest.MonkeyPatch) -> None:
    # A news page's disaster word is often scenery: only untitled notes are read this way.
    _reading(monkeypatch, "Attack")
    doc = extract(Doc(id="t", title="Two shot at a block party",
                      text="Two people were shot on Saturday at a block party in a district "
                           "rebuilt after the floods."))
    assert doc.events and doc.events[0].status == "event"


def test_a_seizure_of_guns_with_drugs_stays(monkeypatch: pytest.MonkeyPatch) -> None:
    # Arms seized are ACLED's disrupted weapons use, whatever else was seized with them.
    _reading(monkeypatch, "Disrupted weapons use")
    statuses = _statuses("Officers seized two rifles and a bag of drugs in a raid on a flat "
                         "in Kamsar on Friday.")
    assert statuses and statuses[0] == "event"
    statuses = _statuses("Officers seized forged passports in a raid on a smuggling ring "
                         "in Kamsar on Friday.")
    assert statuses and "event" not in statuses
