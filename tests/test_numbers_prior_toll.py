"""The toll of an earlier act that the reported one is told to follow ("the raids follow
ambushes ... which killed six guards") is that act's, not the report's: left out of an event's
toll that has one of its own, kept when it is the only one told. Invented sentences."""

from numbers_helpers import casualties

from sitrep.doc import NUMBERS, Doc
from sitrep.nlp.numbers import CasualtyTagger

TAGGER = CasualtyTagger()


def _prior(text: str) -> dict[str, bool]:
    doc = TAGGER(Doc(id="t", text=text))
    return {s.text: bool(s.attrs.get("prior")) for s in doc.get(NUMBERS)}


def test_the_earlier_attacks_toll_does_not_lower_the_strikes_toll() -> None:
    got = casualties("At least 14 insurgents were killed in air strikes near Kadira, monitors said. "
                     "The strikes, which went on overnight, follow a string of ambushes on army "
                     "posts, which killed at least five soldiers.")
    assert (got["fatalities"], got["fatalities_low"], got["fatalities_best"]) == (14, 14, 14)


def test_came_after_clashes_that_left_dead() -> None:
    got = casualties("A car bomb killed nine people in the market of Tel Hamra. The blast came "
                     "two days after clashes that left 30 fighters dead.")
    assert (got["fatalities"], got["fatalities_low"], got["fatalities_best"]) == (9, 9, 9)


def test_in_retaliation_for_a_killing() -> None:
    got = casualties("Gunmen shot dead three herders in Lomut in retaliation for a raid that "
                     "killed two of their kinsmen.")
    assert (got["fatalities_low"], got["fatalities_best"]) == (3, 3)


def test_the_prior_toll_stays_when_it_is_the_only_one() -> None:
    # an arrest told to follow a shooting: that shooting's toll is the only one told
    got = casualties("The arrest follows a shooting on Main Street that left two people dead.")
    assert got["fatalities_best"] == 2


def test_a_toll_told_as_what_followed_is_the_reports_own() -> None:
    # "followed by" tells what came next; no relative clause, no earlier act
    marks = _prior("Clashes erupted at dawn, followed by air strikes which killed 12 fighters.")
    assert not any(marks.values())
    marks = _prior("The raid followed a tip-off, police said. Officers killed four gunmen.")
    assert not any(marks.values())
