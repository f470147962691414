"""CasualtyTagger and casualties_for on invented sentences."""

import pytest

from sitrep.doc import Doc, Span
from sitrep.nlp.numbers import CasualtyTagger, casualties_for

TAGGER = CasualtyTagger()


def run(text: str) -> tuple[list[Span], dict]:
    doc = TAGGER(Doc(id="t", text=text))
    return doc.get("numbers"), casualties_for(doc, [Span(0, len(text), "sentence", text)])


@pytest.mark.parametrize(
    "text,killed",
    [
        ("At least 14 herders were killed near the well.", 14),
        ("The ambush killed 9 soldiers on the road.", 9),
        ("The blast left 6 dead in the square.", 6),
        ("The death toll rose to 11 on Monday.", 11),
        ("Three traders were shot dead at the market.", 3),
        ("A teacher was killed in the raid.", 1),
        ("A soldier and two civilians were killed at the checkpoint.", 3),
        ("Dozens of people died in the fire.", 12),
        ("Between 7 and 10 people died in the stampede.", 7),
        ("Twenty-three people were killed when the bridge was shelled.", 23),
        ("More than 1,200 villagers have been killed since 2016.", 0),
        ("No one was killed in the explosion.", 0),
        ("The army said 30 fighters were killed or wounded.", 0),
    ],
)
def test_fatalities(text: str, killed: int) -> None:
    _, c = run(text)
    assert c["fatalities"] == killed


def test_including_civilians_is_a_subset() -> None:
    spans, c = run("Five killed, including two civilians, in the shelling of the port.")
    assert c["fatalities"] == 5 and c["civilian_fatalities"] == 2
    assert any(s.attrs.get("subset") and s.attrs["who"] == "civilians" for s in spans)


def test_killed_or_injured_and_injured() -> None:
    spans, c = run("Jets hit the depot, and 12 guards were wounded while 20 rebels were killed or injured.")
    labels = {s.label for s in spans}
    assert {"injured", "killed_or_injured"} <= labels
    assert c["injured_low"] == 12 and c["fatalities"] == 0


def test_qualifiers_and_who() -> None:
    spans, _ = run("Police said more than 40 militants were killed.")
    s = spans[0]
    assert (s.label, s.attrs["low"], s.attrs["qualifier"], s.attrs["who"]) == (
        "killed", 40, "more than", "militants")
    spans, _ = run("Up to 15 people were hurt.")
    assert spans[0].attrs["low"] is None and spans[0].attrs["high"] == 15


def test_counts() -> None:
    _, c = run("Warplanes carried out 35 air strikes, destroying three buildings and seven vehicles.")
    assert c["counts"] == {"strikes": 35, "buildings": 3, "vehicles": 7}


def test_negation_and_cumulative_flags() -> None:
    spans, c = run("Officials did not report any casualties.")
    assert spans[0].attrs["negated"] and c["fatalities"] == 0
    spans, _ = run("The conflict has left more than 90,000 dead.")
    assert spans[0].attrs["cumulative"] and spans[0].attrs["low"] == 90000


def test_fraction_of_earlier_figure() -> None:
    spans, _ = run("Some 60 raiders were killed or captured; half of them were killed.")
    assert any(s.attrs.get("fraction") and s.attrs["best"] == 30 for s in spans)


def test_arrests_and_abductions() -> None:
    spans, _ = run("Police arrested four suspects after gunmen kidnapped six pupils.")
    got = {(s.label, s.attrs["best"]) for s in spans}
    assert ("arrested", 4) in got and ("abducted", 6) in got
