"""Tolls of the two sides and of the wounded who died: a side's claim of the other side's dead
is a toll of its own, not a higher report of the same one; a "that" opening what was said is
no clause of another event; a list opened by soldiers is the state side's dead; one of the
wounded told dead after a death toll is one more. Invented sentences."""

from numbers_helpers import casualties


def test_a_claim_of_the_other_sides_dead_adds_to_the_told_toll() -> None:
    got = casualties("The army claimed that 17 terrorists were neutralised in the response, "
                     "while three soldiers and one auxiliary were killed.")
    assert got["fatalities"] == 21


def test_a_claim_of_the_same_toll_still_gives_way() -> None:
    got = casualties("The rebels claimed 15 soldiers were killed; the army said four died.")
    assert got["fatalities"] == 4


def test_both_sides_told_after_a_statement_verb_add_up() -> None:
    got = casualties("The ministry said that five gendarmes were killed and that some 20 "
                     "attackers were neutralised in the fighting.")
    assert got["fatalities"] == 25


def test_one_of_the_wounded_who_died_is_one_more_dead() -> None:
    for text in ("Three people were killed and 11 wounded; one of the wounded later died.",
                 "Three people were killed and 11 wounded. One of them later died in hospital."):
        got = casualties(text)
        assert (got["fatalities"], got["injured_best"]) == (4, 10), text


def test_one_of_the_wounded_who_died_with_no_death_toll_before() -> None:
    got = casualties("Six traders were injured in the blast. One of the injured later died.")
    assert (got["fatalities"], got["injured_best"]) == (1, 5)


def test_a_part_of_the_dead_is_no_more_dead() -> None:
    got = casualties("Seven villagers were killed; two of them were children.")
    assert got["fatalities"] == 7


def test_the_other_sides_toll_in_a_later_reported_clause_is_another_acts() -> None:
    got = casualties("Officials said two soldiers were killed in the ambush. The monitor "
                     "reported that an earlier drone strike killed five rebels.")
    assert got["fatalities"] == 2
