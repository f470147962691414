"""Wounded and dead told apart, on invented reports: victims "suffering from gunshot wounds" or
"struck by gunfire" are those shot (the dead among them are not wounded), a later "one of them
died" takes its victim out of the wounded figure before it, "others ... also hit" are others
than the dead, "a fifth victim" adds one to four shot, "N of his <noun>" is a part of a group,
one victim killed and another shot in one clause are two, "a local hospital", a list of ages,
"one victim ... succumbed", and "N people, M of them <noun>"."""

import pytest
from numbers_helpers import casualties


@pytest.mark.parametrize(
    "text,killed,injured",
    [
        # victims found "suffering from gunshot wounds": shot, one of them dead
        ("Medics found four people suffering from gunshot wounds outside the arcade. "
         "A 30-year-old man died at the scene.", 1, 3),
        ("Officers located three victims suffering gunshot wounds; one of them was pronounced dead.", 1, 2),
        # ... and with no death told, all of them wounded
        ("Two teenagers were struck by gunfire near the skate park.", 0, 2),
        # "other men ... also hit by gunfire": others than the dead
        ("A waiter was shot dead on Cedar Lane. Two other men at the party were also hit by gunfire.", 1, 2),
        # a death told as a part of the wounded told just before
        ("Eight people were wounded at the county fair. One of the victims later died.", 1, 7),
        ("Six people were injured in the shooting on Maple Court. "
         "One of the six people hospitalized after the shooting has died, police said.", 1, 5),
        ("Five were hurt when a man opened fire at the rink; two of them died on Sunday.", 2, 3),
        # ... not a part of the wounded: a part of the dead, an attacker, "others" told apart
        ("Three men were killed and two people wounded. One of the dead was a teacher.", 3, 2),
        ("Five people were wounded in the attack. One of the gunmen was killed by police.", 1, 5),
        # ... nor when another shooting is told between them (the dead one is of those two)
        ("Four people were hurt at the bus stop. Two men were shot on Elm Street nearby, "
         "and one of the victims later died.", 1, 4),
        # "a fourth" after three shot: one more
        ("Three men were shot outside the club, and a fourth man was wounded by shrapnel.", 0, 4),
    ],
)
def test_inner_dead(text: str, killed: int, injured: int | None) -> None:
    c = casualties(text)
    assert (c["fatalities"], c["injured_best"]) == (killed, injured)


@pytest.mark.parametrize(
    "text,killed,injured",
    [
        # "N of his / her / their <noun>" after a verb: a part of a group, as "N of the <noun>"
        ("The farmer killed two of his neighbours and wounded his wife.", 2, 1),
        ("A man shot a cyclist dead and wounded four of her friends near the bridge.", 1, 4),
        ("The attacker stabbed a guard to death and injured three of their colleagues.", 1, 3),
    ],
)
def test_part_of_kin(text: str, killed: int, injured: int | None) -> None:
    c = casualties(text)
    assert (c["fatalities"], c["injured_best"]) == (killed, injured)


@pytest.mark.parametrize(
    "text,killed,injured",
    [
        # one victim killed and another, of another noun, shot in the same clause: two victims
        ("A grandfather was killed and his 6-year-old grandson was shot outside a store on Friday.", 1, 1),
        ("Woman shot, man killed in gas station robbery", 1, 1),
        # ... not the one victim told twice, nor the shooter ("shot, killed another")
        ("A man was shot and the man died at the hospital.", 1, 0),
        ("Boy, 15, accidentally shot, killed another teen", 1, 0),
    ],
)
def test_shot_apart(text: str, killed: int, injured: int | None) -> None:
    c = casualties(text)
    assert (c["fatalities"], c["injured_best"]) == (killed, injured)


@pytest.mark.parametrize(
    "text,killed,injured",
    [
        # "a local hospital": two determiners before the hospital
        ("The gunman and a bystander were transported to a local hospital with minor injuries.", 0, 2),
        # a list of ages before the outcome is no figure
        ("Four men were hurt. The victims -- age 19, 23, 30 and 41 -- were taken to a local hospital.", 0, 4),
        # "one victim" wounded, then a death told with no noun of its own: that victim
        ("Deputies found one victim suffering from a gunshot wound to the chest, and she later died.", 1, None),
    ],
)
def test_hospital_and_one_victim(text: str, killed: int, injured: int | None) -> None:
    c = casualties(text)
    assert (c["fatalities"], c["injured_best"]) == (killed, injured)


@pytest.mark.parametrize(
    "text,killed,injured",
    [
        # "N people, M of them <noun>": the M are a part of the N, not more victims
        ("Gunmen killed seven people, two of them children, in the market.", 7, None),
        ("The teen shot five people, four of them classmates, outside the gym.", 0, 5),
    ],
)
def test_of_them_apposition(text: str, killed: int, injured: int | None) -> None:
    c = casualties(text)
    assert (c["fatalities"], c["injured_best"]) == (killed, injured)


def test_figure_after_joined_sentence() -> None:
    # a scraped page joins sentences with no space: "...scene.Two men..." still opens a figure
    c = casualties("A clerk died at the scene.Three men and a woman were also wounded and were taken to hospitals.")
    assert (c["fatalities"], c["injured_best"]) == (1, 4)
    # (a decimal is still no figure)
    assert casualties("The rate rose 1.5 percent after the attack.")["injured_best"] is None
