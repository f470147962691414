"""US place cues: a dateline whose dash ends its line, a county given with its state, a
state spelled beside a county, a person's home town after "X, 30, of"."""

from sitrep.doc import Doc
from sitrep.nlp.places import PlaceTagger

_TAGGER = PlaceTagger()


def _places(text: str) -> list[tuple[str, str | None]]:
    doc = _TAGGER(Doc(id="t", text=text))
    return [(sp.text, sp.attrs.get("admin1")) for sp in doc.get("places")]


def test_dateline_dash_at_line_end() -> None:
    got = _places("SALINAS, Calif. -\n\nA man was wounded on Tuesday night in Salinas, officers said.")
    assert ("SALINAS", "California") in got


def test_county_then_postal_state() -> None:
    got = _places("(Harris County, TX) Deputies found two people hurt at a home on Tuesday.")
    assert ("Harris", "Texas") in got


def test_state_name_settles_county() -> None:
    got = _places("A girl was hurt on Friday in Greene County. The Alabama state troopers said "
                  "the call came from a farm outside Eutaw.")
    assert ("Greene", "Alabama") in got


def test_resident_of_is_origin() -> None:
    doc = _TAGGER(Doc(id="t", text="Dana Reyes, 19, of Clear Lake, was shot at a range in "
                                    "Garner, Iowa, on Sunday."))
    origin = {sp.text: sp.attrs.get("origin") for sp in doc.get("places")}
    assert origin.get("Clear Lake") is True
    assert origin.get("Garner") is False
