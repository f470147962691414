"""A weapon word overrides an unsure model reading of violence, not of a development.

ACLED types remote violence by its weapon, so when the model is unsure a clear weapon
trigger ("a roadside bomb", "shelling") decides the sub-type of an attack or a clash. A
strategic development (weapons seized or defused, an agreement), a change of territory or
a protest can name a weapon without its use being the event: those readings stay, unless
the weapon is a strike from the air (always its use: "sent jets and carried out airstrikes").
"""

from __future__ import annotations

import pytest

from sitrep.doc import Doc, Span
from sitrep.nlp.events import EventExtractor, Group, Mention
from sitrep.record import EventRecord

TEXT = "Soldiers cleared a roadside bomb near the market on Monday."


def _group(label: str = "Remote explosive/landmine/IED") -> Group:
    sentence = Span(0, len(TEXT), "sentence", TEXT)
    start = TEXT.index("roadside bomb")
    trigger = Span(start, start + len("roadside bomb"), label, "roadside bomb",
                   {"strong": True})
    return Group([Mention(sentence=sentence, triggers=[trigger], status="event")])


def _override(sub: str, score: float = 0.4,
              weapon: str = "Remote explosive/landmine/IED") -> str | None:
    rec = EventRecord(status="event")
    rec.sub_event_type = sub
    return EventExtractor._weapon_type(Doc(id="t", text=TEXT), _group(weapon), rec, score)


@pytest.mark.parametrize("sub", ["Attack", "Armed clash", "Mob violence"])
def test_unsure_violence_takes_the_weapon(sub: str) -> None:
    assert _override(sub) == "Remote explosive/landmine/IED"


def test_confident_reading_keeps_its_type() -> None:
    assert _override("Attack", score=0.9) is None


@pytest.mark.parametrize("sub", [
    "Disrupted weapons use", "Agreement", "Change to group/activity",
    "Government regains territory", "Non-state actor overtakes territory",
    "Peaceful protest", "Protest with intervention",
])
def test_development_territory_or_protest_keeps_its_type(sub: str) -> None:
    assert _override(sub) is None


@pytest.mark.parametrize("sub", ["Change to group/activity", "Government regains territory"])
def test_a_strike_from_the_air_overrides_any_unsure_reading(sub: str) -> None:
    assert _override(sub, weapon="Air/drone strike") == "Air/drone strike"
