"""Civilians among the dead (``civilian_fatalities``), on invented sentences: a toll told
afterwards to be of combatants, lists that mix civilians and fighters, a victim list told
again by its parts, the lead report's civilian figure, a toll named far from its verb, and
strikes counted after a killing verb."""

import pytest
from numbers_helpers import casualties

from sitrep.doc import Doc
from sitrep.nlp.numbers import CasualtyTagger, casualties_for
from sitrep.nlp.sentences import SentenceSplitter

TAGGER = CasualtyTagger()
SPLIT = SentenceSplitter()


def story(text: str) -> dict:
    """``casualties_for`` over every sentence of ``text`` (one event)."""
    doc = TAGGER(SPLIT(Doc(id="t", text=text)))
    return casualties_for(doc, doc.sentences)


@pytest.mark.parametrize(
    "text",
    [
        "Three people were killed when a drone hit a pumping station near the border, the monitor "
        "said, adding that they were all security guards.",
        "A shell struck the checkpoint outside the town and killed four men. All of them were "
        "members of the local defence force.",
        "Five people died in the raid on the depot, all of them fighters of the brigade.",
    ],
)
def test_dead_told_afterwards_to_be_combatants_are_no_civilians(text: str) -> None:
    c = story(text)
    assert c["fatalities"] > 0
    assert c["civilian_fatalities"] == 0


def test_dead_of_no_side_stay_civilians_without_such_a_clause() -> None:
    c = story("Three people were killed when a drone hit a pumping station near the border. "
              "The guards at the gate were unhurt.")
    assert c["fatalities"] == 3
    assert c["civilian_fatalities"] == 3


@pytest.mark.parametrize(
    "text,killed,civ",
    [
        ("Artillery fire killed two civilians and three fighters near the river crossing.", 5, 2),
        ("The drone strike killed four farmers and a soldier at the edge of the village.", 5, 4),
        ("Shelling on the market killed three women and two children on Tuesday.", 5, 5),
    ],
)
def test_a_list_that_mixes_sides_counts_only_its_civilians(text: str, killed: int, civ: int) -> None:
    c = casualties(text)
    assert c["fatalities"] == killed
    assert c["civilian_fatalities"] == civ


def test_all_dead_of_an_armed_side_means_no_civilians() -> None:
    assert casualties("Jets struck the barracks, killing seven soldiers.")["civilian_fatalities"] == 0
    assert casualties("Nine militants were killed in the clashes.")["civilian_fatalities"] == 0
    # no toll told: nothing is known
    assert casualties("Jets struck the barracks at dawn.")["civilian_fatalities"] is None


def test_the_deaths_of_a_list_add_up() -> None:
    c = casualties("The rights group documented the deaths of five children and two women in the raid.")
    assert c["fatalities"] == 7
    assert c["civilian_fatalities"] == 7


def test_kin_of_a_victim_told_as_of_his_are_victims_too() -> None:
    c = casualties("A rocket hit the house, killing a farmer and two of his sons.")
    assert c["fatalities"] == 3


def test_a_list_that_restates_the_figure_by_parts_adds_nothing() -> None:
    c = casualties("Monitors recorded the death of four civilians, three women and a boy, in the shelling.")
    assert c["fatalities"] == 4
    c = casualties("The blast killed five people, two men and three children, outside the school.")
    assert c["fatalities"] == 5


def test_left_dead_with_an_including_aside() -> None:
    c = casualties("The bombardment left seven people, including a nurse and three children, dead.")
    assert c["fatalities"] == 7
    assert c["civilian_fatalities"] == 7


def test_the_lead_report_gives_the_civilians() -> None:
    # the first report's civilians, not the smallest civilian figure in later paragraphs
    text = ("Four civilians were killed in the air strike on the bakery. Earlier this month, "
            "a strike on the road killed six people, including one civilian.")
    c = story(text)
    assert c["civilian_fatalities"] == 4


def test_a_toll_named_far_before_its_verb() -> None:
    c = casualties("The death toll of the artillery barrage that struck the crowded bus station in the "
                   "old quarter has risen to nine, including at least six civilians, the monitor said.")
    assert c["fatalities"] == 9
    assert c["civilian_fatalities"] == 6


@pytest.mark.parametrize(
    "text",
    [
        "Warplanes executed five airstrikes on the hills north of the town overnight.",
        "The coalition carried out two raids on the depot, monitors said.",
    ],
)
def test_strikes_counted_after_a_killing_verb_are_no_victims(text: str) -> None:
    c = casualties(text)
    assert c["fatalities"] == 0
    assert c["civilian_fatalities"] is None


def test_a_lot_of_people_is_no_single_victim() -> None:
    c = casualties("The caller said there were a lot of people dead around the gate.")
    assert c["fatalities"] == 0
    assert c["civilian_fatalities"] is None


def test_an_including_list_after_an_abbreviation_stays_with_its_toll() -> None:
    # the splitter ends a sentence at "incl."; the children are still the toll's part
    c = story("The group documented 12 killed, incl. 5 children, in strikes on two villages.")
    assert c["fatalities"] == 12
    assert c["civilian_fatalities"] == 5


def test_combatants_among_people_are_no_civilians() -> None:
    c = casualties("Six people were killed in the shelling, among them two soldiers.")
    assert c["fatalities"] == 6
    assert c["civilian_fatalities"] == 4
    c = casualties("The strike killed nine people, including three members of the militia.")
    assert c["civilian_fatalities"] == 6


def test_members_of_one_family_are_no_combatants() -> None:
    c = story("Four people were killed when the shell hit the house; they were all members of "
              "the same family.")
    assert c["civilian_fatalities"] == 4


def test_a_clause_about_the_attackers_is_no_word_on_the_dead() -> None:
    c = story("Three people were killed at the market. They were attacked by gunmen on motorbikes.")
    assert c["civilian_fatalities"] == 3
