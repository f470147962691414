"""A death told of the one who dies by his own act: a suicide bomber's ("two bombers blew
themselves up"), a gunman's or a lone victim's ("took his own life"), and a headline's "dead
from a gunshot wound". Invented sentences."""

from numbers_helpers import TAGGER, casualties

from sitrep.doc import Doc
from sitrep.nlp.numbers import casualties_for
from sitrep.nlp.sentences import SentenceSplitter

SPLIT = SentenceSplitter()


def _all(text: str) -> dict:
    """``casualties_for`` over every sentence of ``text``."""
    doc = TAGGER(SPLIT(Doc(id="t", text=text)))
    return casualties_for(doc, doc.sentences)


def test_bombers_alone_are_the_toll() -> None:
    assert casualties("Two suicide bombers blew themselves up near a bus depot in Dori.")["fatalities"] == 2
    assert casualties("A suicide bomber blew himself up at a roadblock, wounding six guards.")["fatalities"] == 1


def test_victims_toll_comes_before_the_bombers() -> None:
    # the reported toll may or may not count the bombers: the lower reading is coded
    c = casualties("Three bombers blew themselves up at a cattle market, killing 14 traders and wounding 30.")
    assert c["fatalities"] == 14


def test_blew_up_a_thing_is_no_death() -> None:
    assert casualties("Rebels blew up a bridge on the road to Dori.")["fatalities"] == 0


def test_took_own_life_after_a_killing_adds_the_killer() -> None:
    assert _all("A farmer shot his brother dead at their home in Oakdale. He then took his own life.")["fatalities"] == 2
    assert _all("A clerk was shot dead at a pawn shop in Oakdale before the robber took his own life.")["fatalities"] == 2


def test_lone_suicide_is_one_death() -> None:
    assert _all("Oakdale cadet takes own life at the academy gate.")["fatalities"] == 1


def test_planned_suicide_is_no_death() -> None:
    assert _all("The robber told the clerk he planned to take his own life.")["fatalities"] == 0


def test_headline_dead_from_wound() -> None:
    assert _all("Oakdale teen dead from gunshot wound")["fatalities"] == 1
    assert _all("A cyclist is dead from injuries suffered in a shooting on Elm Road.")["fatalities"] == 1


def test_the_victim_named_in_brackets_died() -> None:
    # a name in brackets between the noun and its outcome keeps "the victim" the one who died
    c = _all("Deputies found a 19 year old man with a gunshot wound in Oakdale. The victim (Jim Roe) died at the hospital.")
    assert c["fatalities"] == 1 and not c["injured_best"]


def test_object_ends_before_its_participle() -> None:
    # "opposed to ...", "accused of ...": a post-modifier of the victims, not their verb
    assert casualties("Gunmen killed two parish elders opposed to a quarry near Tarbo.")["fatalities"] == 2
    assert casualties("Villagers killed three drovers suspected of rustling near Tarbo.")["fatalities"] == 3
