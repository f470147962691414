"""Where one figure ends and the next begins (invented sentences): an address's number is no
toll of the victims told after it, and a headline's tolls without commas are two tolls."""

import pytest
from numbers_helpers import casualties


@pytest.mark.parametrize(
    "text,killed,injured",
    [
        # the route's number before "St" is no count of those shot
        ("Patrol cars raced to NE 45 St regarding 3 people shot.", 0, 3),
        ("Deputies went to SE 9 Ave re 2 men shot.", 0, 2),
        # two tolls in a row, no comma between them
        ("2 killed 5 injured in shooting outside a bar", 2, 5),
        ("1 dead 4 injured after gunfire at a park", 1, 4),
    ],
)
def test_figure_bounds(text: str, killed: int, injured: int) -> None:
    out = casualties(text)
    assert out["fatalities"] == killed
    assert out["injured_best"] == injured


@pytest.mark.parametrize(
    "text,killed,injured",
    [
        # "others" sent to hospital after the dead are not among them
        ("The gunman shot one woman dead and sent two others to a hospital.", 1, 2),
        ("The blast killed three men and sent five others to a hospital.", 3, 5),
        # one victim told by a noun and "three other ... also" are the parts of the four
        (
            "Four teenagers were injured in a shooting at the station. The 16-year-old was hit in"
            " the chest and is stable. Three other teenagers were also injured by gunfire.",
            0,
            4,
        ),
    ],
)
def test_parts_and_others(text: str, killed: int, injured: int) -> None:
    out = casualties(text)
    assert out["fatalities"] == killed
    assert out["injured_best"] == injured


@pytest.mark.parametrize(
    "text,killed",
    [
        # a video list's running times: the minutes are no toll
        ("1:45 Deputies search a field\n\n4:12 Singer declared dead in hoax story", 0),
        ("0:12 Rally at the park\n\n3:04 Suspects killed in standoff, police say", 0),
        # a coder's field with no space after its colon is still a figure
        ("Clashes over grazing land. FATALITIES:6 in the two villages", 6),
    ],
)
def test_clock_minutes(text: str, killed: int) -> None:
    assert casualties(text)["fatalities"] == killed


def test_age_in_words_is_no_figure() -> None:
    # the tens of "Thirty-one-year-old" are no toll of thirty
    out = casualties("Thirty-one-year-old John Doe of Marlow died at the scene on Sunday.")
    assert out["fatalities"] in (0, 1)


def test_aged_victims_among_a_larger_toll() -> None:
    text = (
        "Six members of one family were found shot dead at three homes near the lake on Friday."
        " Deputies closed the roads around the farms while detectives searched the fields and"
        " the barns for the weapon, and neighbours gathered at the church hall to wait for word."
        " Ann Roe (pictured), 52, and her grandson, 19-year-old Ben Roe (inset) were also killed,"
        " the sheriff said."
    )
    assert casualties(text)["fatalities"] == 6



@pytest.mark.parametrize(
    "text,killed",
    [
        # the part of a whole: the whole is no toll
        ("Two of the 10 passengers were killed.", 2),
        ("Gunmen killed three of the 12 miners at the camp.", 3),
    ],
)
def test_part_of_whole(text: str, killed: int) -> None:
    assert casualties(text)["fatalities"] == killed


@pytest.mark.parametrize(
    "text,figure",
    [
        # the whole a toll is part of, and a station's number before "News", are no toll
        ("Three guests out of the 60 inside the hall were shot.", 60),
        ("Police told 8 News two people were shot near the park.", 8),
    ],
)
def test_no_toll_of_whole_or_station(text: str, figure: int) -> None:
    out = casualties(text)
    assert out["fatalities"] == 0
    assert out["injured_best"] != figure


@pytest.mark.parametrize(
    "text,killed",
    [
        # both sides' dead, told apart, add up (the attackers killed count too)
        ("Gunmen stormed a border post near Tala, killing four soldiers; three of the attackers were killed.", 7),
        ("Six police officers died in the raid on the depot and 5 assailants were shot dead.", 11),
        # a toll of an earlier attack told in a clause is not added
        (
            "Troops killed 9 militants near Kora. The militants were part of a band who raided a camp"
            " last week, killing two soldiers.",
            9,
        ),
    ],
)
def test_both_sides_dead(text: str, killed: int) -> None:
    assert casualties(text)["fatalities"] == killed


@pytest.mark.parametrize(
    "text,killed",
    [
        # the killer shot dead by the police after his victims is one more
        ("A gunman killed two guards at the mall before police shot him dead.", 3),
        ("An attacker killed three shoppers at the market until he was gunned down by soldiers.", 4),
        # no victim killed before: his death is the only one
        ("A man shot at his neighbour before police shot him dead.", 1),
    ],
)
def test_killer_shot_by_police(text: str, killed: int) -> None:
    assert casualties(text)["fatalities"] == killed


@pytest.mark.parametrize(
    "text,killed",
    [
        # "neutralised" is the armed forces' word for killed
        ("The army said it neutralised 12 fighters near Dori.", 12),
        # the other side's dead joined to a larger toll are no part of it
        ("Officials said 30 soldiers were killed and 25 jihadists neutralized in the clashes.", 55),
    ],
)
def test_neutralised_and_joined_sides(text: str, killed: int) -> None:
    assert casualties(text)["fatalities"] == killed


def test_of_them_takes_the_side_of_its_noun() -> None:
    # "three of them" points back to the attackers: the other side's dead, added
    text = (
        "Two soldiers were shot dead at the gate on Sunday. The attackers were chased after the"
        " raid and three of them were later shot dead."
    )
    assert casualties(text)["fatalities"] == 5
