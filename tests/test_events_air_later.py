"""A strike from the air told later in a report of ground fighting is an event of its own."""

from __future__ import annotations

from sitrep.doc import Doc
from sitrep.pipeline import extract

_TEXT = (
    "Militants stormed a prison in the city of Hasakah on Thursday, and fighting with the "
    "guards went on for days.\n\n"
    "Hundreds of families fled the nearby neighbourhoods.\n\n"
    "The prison held several thousand detainees.\n\n"
    "Officials had long asked for the jail to be moved.\n\n"
    "Aid groups said food and water were running low.\n\n"
    "Schools in the area stayed closed all week.\n\n"
    "The US-led coalition launched airstrikes on buildings around the prison where the "
    "militants had taken cover."
)


def test_later_air_strike_stands_alone() -> None:
    doc = extract(Doc(id="t", text=_TEXT))
    events = [e for e in doc.events if e.status == "event"]
    assert events, "the prison fighting is an event"
    assert any(e.actor1 == "Forces of the United States-led Coalition" for e in events[1:]), \
        [(e.sub_event_type, e.actor1) for e in events]


def test_later_mention_without_air_strike_does_not() -> None:
    text = _TEXT.replace("launched airstrikes on buildings around the prison where the "
                         "militants had taken cover", "had warned of the risk for years")
    doc = extract(Doc(id="t", text=text))
    assert not any(e.actor1 == "Forces of the United States-led Coalition"
                   for e in doc.events if e.status == "event")
