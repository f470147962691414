"""A military base named only as where a party is posted ("the troops at the X airbase"),
in a sentence that tells no act, is not the scene of the event told beside it; a base that
is struck is. Invented sentences."""

import datetime as dt

from sitrep.doc import Doc
from sitrep.pipeline import extract


def _main_location(body: str) -> str | None:
    title = "Jets pound militant hideouts in the Syrian Desert"
    doc = extract(Doc(id="t", text=title + "\n\n" + body, title=title, published=dt.date(2021, 6, 2),
                      published_precision="day", published_source="field"))
    assert doc.events
    return doc.events[0].location


def test_a_base_named_as_a_partys_post_is_not_the_scene() -> None:
    body = ("Russian jets carried out a dozen air raids on militant hideouts, a military source "
            "told reporters.\n\nThe source accused the foreign troops at the Tiyas airbase of "
            "helping the fighters with fuel and supplies.")
    assert _main_location(body) == "Syrian Desert"


def test_a_struck_base_is_the_scene() -> None:
    body = ("Drones struck the Tiyas airbase at dawn, killing three soldiers, a military source "
            "told reporters.")
    assert _main_location(body) == "Tiyas airbase"
