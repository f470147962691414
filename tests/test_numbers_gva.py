"""US shooting-report figures (GVA style) on invented sentences: the killer's own death,
"shot ... to death", "&", months-old victims, years that are no toll."""

import pytest
from numbers_helpers import casualties


@pytest.mark.parametrize(
    "text,killed",
    [
        # the killer's own death, told by a connector or as a noun, adds one
        ("A 40-year-old man shot his brother to death and then committed suicide, deputies said.", 2),
        ("A toddler was killed in a murder-suicide on Elm Road late Friday.", 2),
        ("Deputies said the man killed a 9-month-old before shooting himself.", 2),
        ("Deputies said the man fatally shot his neighbor before taking his own life.", 2),
        # ... but not when a plural toll already counts him
        ("Two dead in apparent murder-suicide on Oak Lane.", 2),
        ("Four people were found dead. Police believe the father shot them before taking his own life.", 4),
        # a child's accident: "then shot himself" with no victim before it is no second death
        ("A boy found the pistol in a drawer and then shot himself.", 0),
        # "shot ... to death" / "shot ... dead" after an active verb is a death, not a wound
        ("Police say the gunman shot his cousin to death outside the bar.", 1),
        ("The robber shot two clerks dead.", 2),
        # "&" joins a compound outcome like "and"
        ("4-year-old accidentally shot & killed in Mapleton", 1),
        # a months-old victim is one victim, not a toll of 21
        ("Police said 21-month-old Jane Roe was fatally shot at her home.", 1),
        ("Man allegedly kills 6-week-old at motel", 1),
        # "who police say shot and killed ..." names this event's suspect, not background
        ("Officers are looking for a man who police say shot and killed his roommate and her son.", 2),
    ],
)
def test_gva_killed(text: str, killed: int) -> None:
    assert casualties(text)["fatalities"] == killed


def test_year_in_headline_is_no_toll() -> None:
    c = casualties("Lakeside Mall Shooting 2019: Teen Hurt In Parking Lot")
    assert c["injured_best"] != 2019 and c["fatalities"] != 2019


def test_same_age_wounded_then_died_is_one_victim() -> None:
    c = casualties(
        "A 19-year-old was wounded in the shooting on Pine Street. "
        "Hours later police said the 19-year-old man had died at the hospital."
    )
    assert c["fatalities"] == 1
    assert not c["injured_best"]


def test_shot_victim_by_age_is_wounded() -> None:
    c = casualties("Someone shot a 17-year-old on Birch Avenue on Sunday night, police said.")
    assert c["fatalities"] == 0
    assert c["injured_best"] == 1


@pytest.mark.parametrize(
    "text,killed,injured",
    [
        # victims listed by name and age, one per item
        ("Jane Roe, 31, and Jim Doe, 29, were killed outside the club. Two others were wounded.", 2, 2),
        ("Police said the dead were identified as Ann Lee, 40, of Marion, Bob Ray, 35, and Cal Fox, 22.", 3, None),
        ("Ann Lee, 40, and Bob Ray, 35, were wounded in the drive-by.", 0, 2),
        # a names list that is a part of a larger toll told apart does not lower it
        ("Three men died in the shooting. Ann Lee, 40, and Bob Ray, 35, were found dead in the yard.", 3, None),
        # a death told as a noun ("the murder of ...") when no figure is given
        ("A man was arrested Friday in the murder of a 17-year-old on Cedar Street.", 1, None),
        ("Deputies are investigating the death of Mark Doe at his home.", 1, None),
        # an unborn child is not counted
        ("The gunman killed five adults and an unborn child at the cookout.", 5, None),
    ],
)
def test_gva_lists_and_nouns(text: str, killed: int, injured: int | None) -> None:
    c = casualties(text)
    assert c["fatalities"] == killed
    assert c["injured_best"] == injured


@pytest.mark.parametrize(
    "text,killed",
    [
        # a total told apart (the headline) already counts the killer
        ("5 dead, including gunman, in Elm County. Police said the man killed his wife, two sons and "
         "a neighbor before killing himself.", 5),
        # ... but a toll of his victims in the same clause does not
        ("Four people were killed Sunday when a man opened fire at a party before killing himself.", 5),
        ("Man kills 3 in warehouse. Police said he killed three coworkers and then drove to a park "
         "where he later killed himself.", 4),
        # a child's accident with the gun: one death, not two
        ("9-year-old boy accidentally shoots and kills himself", 1),
    ],
)
def test_killer_own_death(text: str, killed: int) -> None:
    assert casualties(text)["fatalities"] == killed


def test_protest_over_a_death_told_as_a_noun_is_no_toll() -> None:
    c = casualties("Hundreds of parents marched to protest the death of a 12-year-old pupil last week.")
    assert c["fatalities"] == 0


def test_vague_list_member_leaves_no_upper_bound() -> None:
    c = casualties("The shelling killed a 12-year-old boy and several other civilians.")
    assert c["fatalities_low"] == 4
    assert c["fatalities_high"] is None


@pytest.mark.parametrize(
    "text,killed,injured",
    [
        # headline-style wounded victims without an article
        ("Teen Injured In Hunting Accident Near Lake", 0, 1),
        ("Ohio woman recovering after being shot in the arm", 0, 1),
        ("County deputy shot during traffic stop", 0, 1),
        # ... a death stays a death
        ("Man shot dead outside corner store", 1, None),
    ],
)
def test_headline_victims(text: str, killed: int, injured: int | None) -> None:
    c = casualties(text)
    assert c["fatalities"] == killed
    assert c["injured_best"] == injured


@pytest.mark.parametrize(
    "text,killed",
    [
        ("Man charged in triple homicide on Oak Street", 3),
        ("Police investigate double murder in Springfield", 2),
        ("Suspect in quadruple-slaying appears in court", 4),
        # a double shooting tells those shot, not those killed
        ("Police investigate a double shooting in Springfield", 0),
    ],
)
def test_multiple_homicide_words(text: str, killed: int) -> None:
    # "a triple homicide" kills that many
    assert casualties(text)["fatalities"] == killed


@pytest.mark.parametrize(
    "text,killed",
    [
        # a headline's list joined by a comma: the bare noun before the figure is one more victim
        ("Father, 2 sons found dead in Elm Street home", 3),
        ("Grandmother, three grandchildren killed in house fire", 4),
        # an age after a comma is no victim
        ("Boy, 14, killed in crossfire on Elm Street", 1),
    ],
)
def test_headline_comma_list(text: str, killed: int) -> None:
    assert casualties(text)["fatalities"] == killed


@pytest.mark.parametrize(
    "text,killed",
    [
        # "the slayings of N ...", "the killings of N ...": the toll after a plural death noun
        ("Man to be sentenced in the slayings of 3 neighbours", 3),
        ("Woman charged in the killings of two teens on Elm Street", 2),
        ("Police reopen the murders of four hikers", 4),
    ],
)
def test_plural_killing_nouns(text: str, killed: int) -> None:
    assert casualties(text)["fatalities"] == killed


@pytest.mark.parametrize(
    "text,killed",
    [
        # a bare object joined by "and" to a second bare person noun: two victims
        ("Raiders kill herdsman and son near the river", 2),
        ("Raiders kill herdsman and steal goats near the river", 1),
    ],
)
def test_bare_object_pair(text: str, killed: int) -> None:
    assert casualties(text)["fatalities"] == killed
