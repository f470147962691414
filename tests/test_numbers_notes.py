"""Casualty figures of short conflict notes: a risen toll, deaths no one inflicted, the
cause of a protest told a few words on, a bracketed acronym inside a victim's title, and
one victim re-told with company. Invented sentences."""

import pytest
from numbers_helpers import casualties


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        # a later, higher count of the toll replaces the first report
        ("Two people were killed in the raid. The death toll later rose to five.", 5),
        ("One death was reported on Monday. By Friday the death total was raised from 1 to 3.", 3),
        ("The number of dead has risen from four to nine.", 9),
        ("Officials raised the death toll from 12 to 15 on Sunday.", 15),
        ("The death toll rose to 6 after the clashes.", 6),
        # a toll that is told, not risen, is no update: the lead report stays
        ("Seven people were killed in the attack. The death toll stood at 7.", 7),
    ],
)
def test_risen_toll(text: str, dead: int) -> None:
    assert casualties(text)["fatalities"] == dead


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("Villagers fought rangers after a farmer was trampled and killed by an elephant near the park.", 0),
        ("A boy was killed by a crocodile at the river, and residents stoned the wildlife office.", 0),
        ("A mob set a lorry on fire after it struck a cyclist in a road accident, killing three people.", 0),
        ("Residents barricaded the highway after two people died in a head-on collision.", 0),
        # a gun's accident is a shooting (GVA counts it), and a killer named "by" is no animal
        ("A girl died after she was shot in the chest by accident.", 1),
        ("One hunter is dead after a hunting accident in the hills.", 1),
        ("Two traders were killed by a mob near the market.", 2),
    ],
)
def test_deaths_no_one_inflicted(text: str, dead: int) -> None:
    assert casualties(text)["fatalities"] == dead


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("Nurses marched through the town demanding justice for the death of a colleague, who was found dead in a ditch.", 0),
        ("A protest was held in the market by the relatives and neighbours of the driver beaten to death by police last month.", 0),
        # the protest's own toll counts
        ("Residents protested in the market and a protester was shot dead by police.", 1),
    ],
)
def test_protest_cause_told_later(text: str, dead: int) -> None:
    assert casualties(text)["fatalities"] == dead


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("A National Lands Agency (NLA) surveyor was killed by gunmen on the farm.", 1),
        ("Three Border Patrol Unit (BPU) officers were killed in the ambush.", 3),
        # a bracketed date or figure is no acronym
        ("Four herders (two brothers) were shot dead by raiders.", 4),
    ],
)
def test_bracketed_acronym_in_title(text: str, dead: int) -> None:
    assert casualties(text)["fatalities"] == dead


def test_one_victim_retold_with_company() -> None:
    text = (
        "A school bursar was shot dead by a gunman near the town. The bursar, a father of four, "
        "died on the spot together with his driver."
    )
    assert casualties(text)["fatalities"] == 2


def test_one_victim_retold_alone() -> None:
    text = "A school bursar was shot dead by a gunman. The bursar died on the spot."
    assert casualties(text)["fatalities"] == 1


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        # "bodies of N" with no noun after the figure
        ("The bodies of four were later found in the bush.", 4),
        ("The bodies of two belonging to the raiders were recovered near the well.", 2),
        # "gunned" alone is "gunned down"
        ("One trader has been gunned and two others injured in the market.", 1),
        # a modifier opened by "known", "responsible" or "with"
        ("A preacher known as the teacher was shot dead by gunmen.", 1),
        ("A gang leader responsible for the extortion racket was shot dead by police.", 1),
        ("A man with a panga was shot dead by police.", 1),
        # two victims, each with its modifier, share the verb
        ("A clerk with the land registry and a guard with the county office were shot dead.", 2),
        ("A clerk with the land registry was shot dead.", 1),
    ],
)
def test_victims_with_modifiers(text: str, dead: int) -> None:
    assert casualties(text)["fatalities"] == dead


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        # companions told after the killer: "killed by X with his wife and son"
        ("A camp cook was killed by masked gunmen with his wife and daughter near the river.", 3),
        ("A ranger was shot dead with his brother at the gate.", 2),
        # "with" a weapon or the killers' arms adds nobody
        ("A ranger was killed with his own rifle at the gate.", 1),
        ("A ranger was killed by gunmen with rifles at the gate.", 1),
    ],
)
def test_companions_after_the_killer(text: str, dead: int) -> None:
    assert casualties(text)["fatalities"] == dead


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("Soldiers detained six herders at a roadblock. Four of those detained were later found dead.", 4),
        ("Gunmen seized five travellers. Two of those seized were killed.", 2),
        ("Police arrested seven youths. Three of those arrested were released on bond.", 0),
    ],
)
def test_partitive_of_those_held(text: str, dead: int) -> None:
    assert casualties(text)["fatalities"] == dead


@pytest.mark.parametrize(
    ("text", "dead", "hurt"),
    [
        # a first verb with a short place before the outcome
        ("Two shopkeepers were dragged from their stall and lynched.", 2, None),
        ("A farmer was attacked in his field and killed.", 1, None),
        ("A boy was shot in the arm and wounded.", 0, 1),
        # a headline's second outcome joined by "and"
        ("Teachers kidnapped and school guard killed in dawn raid.", 1, None),
        ("Two herders abducted and boy killed near the well.", 1, None),
    ],
)
def test_compound_outcomes(text: str, dead: int, hurt: int | None) -> None:
    out = casualties(text)
    assert (out["fatalities"], out["injured_best"]) == (dead, hurt)


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        # the cause clause is complete before the comma: the death is the riot's own
        ("Youths fought police after the council announced the new levy, a body was later found near the market.", 1),
        # the death inside the cause clause is the protest's cause
        ("Traders protested in the town after a hawker, a father of two, was shot dead by police.", 0),
    ],
)
def test_cause_clause_ends_at_comma(text: str, dead: int) -> None:
    assert casualties(text)["fatalities"] == dead


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ('A veteran preacher known as "Mzee" is shot dead by gunmen outside the court.', 1),
        ("Cartel member responsible for the fuel (diesel) smuggling ring was shot dead by police.", 1),
        ("Broker linked to the land (plot) scandal was found dead in his car.", 1),
    ],
)
def test_named_or_described_single_victim(text: str, dead: int) -> None:
    assert casualties(text)["fatalities"] == dead


def test_date_between_auxiliaries() -> None:
    assert casualties("Four herders were on 12/3 killed by raiders near the dam.")["fatalities"] == 4


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        # the parts of the lead toll: a part and "other" victims that add up to it
        ("Seven rangers were killed. Five died in the raid on the post while two other rangers were killed in an ambush.", 7),
        # "others" beyond the toll told still add
        ("Three people were killed in the raid. Two others were also killed in a second attack.", 5),
    ],
)
def test_parts_of_the_lead_toll(text: str, dead: int) -> None:
    assert casualties(text)["fatalities"] == dead


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        # a note's list of tolls parted by a slash or a dash: each item adds its victims
        ("Raid on a hamlet - 3 killed/ 2 died in the fires/ 40 huts burned.", 5),
        ("Police fired on the crowd - 1 pupil killed by a stray bullet - 1 vendor killed as he fled.", 2),
        # a sentence break ends the list: the later figure re-tells the toll
        ("Three people were killed in the raid. 3 killed - police said.", 3),
    ],
)
def test_listed_tolls_in_a_note(text: str, dead: int) -> None:
    assert casualties(text)["fatalities"] == dead


@pytest.mark.parametrize(
    ("text", "dead", "hurt"),
    [
        # "the bodies of A and B were found": the list is the subject, its verb no new clause
        ("The bodies of a herder and another youth were found in a gully.", 2, None),
        # after a killing verb the verb starts a new clause
        ("The raiders killed a herder and another youth was wounded.", 1, 1),
    ],
)
def test_bodies_of_a_list(text: str, dead: int, hurt: int | None) -> None:
    out = casualties(text)
    assert (out["fatalities"], out["injured_best"]) == (dead, hurt)
