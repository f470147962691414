"""Casualty figures in the shapes of set j's world notes (invented sentences): a source's
toll given with a verb before the toll noun ("put the death toll at"), beside the other side's
higher claim; a bomber's own death told before the victims ("killing himself and four
others"); and a list of the dead closed by a group's own men ("two of its fighters")."""

from numbers_helpers import TAGGER

from sitrep.doc import Doc
from sitrep.nlp.numbers import casualties_for
from sitrep.nlp.sentences import SentenceSplitter

SPLIT = SentenceSplitter()


def _all(text: str) -> dict:
    """``casualties_for`` over every sentence of ``text``."""
    doc = TAGGER(SPLIT(Doc(id="t", text=text)))
    return casualties_for(doc, doc.sentences)


def test_a_source_puts_the_toll_at_a_figure() -> None:
    assert _all("Rebels stormed Tarbo on Monday. A clinic put the death toll at nine.")["fatalities"] == 9
    assert _all("Rebels stormed Tarbo on Monday. Medics placed the number of dead at 11.")["fatalities"] == 11


def test_the_lower_toll_beats_the_other_sides_claim() -> None:
    c = _all("Troops and rebels fought near Tarbo on Monday. A nurse put the dead at eight fighters, "
             "while the army claimed 30 rebels had been killed.")
    assert c["fatalities"] == 8


def test_a_put_verb_without_a_toll_noun_is_no_toll() -> None:
    assert _all("Rebels stormed Tarbo on Monday and put the market at risk of 20 more raids.")["fatalities"] == 0


def test_the_bomber_told_before_the_victims_counts_with_them() -> None:
    assert _all("A bomber blew himself up at a bus stop in Tarbo, killing himself and four others.")["fatalities"] == 5
    assert _all("A bomber struck a bus stop in Tarbo, killing herself and seven passengers.")["fatalities"] == 8


def test_a_list_closed_by_a_groups_own_men() -> None:
    c = _all("Militiamen fought troops near Tarbo. According to the militia, three soldiers and "
             "two of its own fighters were killed.")
    assert c["fatalities"] == 5
    assert _all("Bandits raided a post near Tarbo. Two of its guards were killed.")["fatalities"] == 2
