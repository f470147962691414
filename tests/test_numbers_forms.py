"""Verb forms, companions and headline shapes of casualty reports (invented sentences)."""

import pytest
from numbers_helpers import TAGGER, casualties

from sitrep.doc import Doc


@pytest.mark.parametrize(
    "text,killed",
    [
        # present tense of the killing verb, as in coders' notes
        ("Gunmen executes 7 traders at a roadblock near Garba.", 7),
        ("The militia massacres 12 villagers in a dawn raid.", 12),
        ("A gang murders two watchmen at a depot in Kitui.", 2),
        # a killing verb joined to a second verb before its victim
        ("A crowd lynches and burns a suspected burglar in Kisumu.", 1),
        ("Robbers stormed the farm of a retired teacher, killing and robbing him.", 1),
        # the joined verb is no outcome of its own: the figure is the wounded
        ("The gunmen killed and wounded 14 people.", 0),
        # a participle clause after a bare victim noun
        ("Crowd kills man suspected of stealing a goat", 1),
        ("Villagers lynch woman accused of witchcraft", 1),
        # an attempt is no death
        ("A guard attempts to assassinate a county official in Embu.", 0),
        ("Residents try to lynch a driver who hit a child.", 0),
        # "yr old" is an age, not a figure
        ("3 yr old girl was shot dead during a raid on the homestead.", 1),
        # a spaced dash before a figure is punctuation
        ("Renewed raids -4 killed/ dozens of homes torched.", 4),
        ("Temperatures fell to -4 at night; 2 herders died of cold.", 2),
    ],
)
def test_fatalities(text: str, killed: int) -> None:
    assert casualties(text)["fatalities"] == killed


@pytest.mark.parametrize(
    "text,killed",
    [
        ("A trader was killed along with his wife and son near the river.", 3),
        ("Raiders killed a chief and his wife and daughter.", 3),
        ("A clerk died instantly together with his driver after the blast.", 2),
        ("A clerk died on the spot together with his bodyguard.", 2),
        # a plural second noun gives no figure: only the first victim counts
        ("A trader was killed along with his wife and children.", 2),
    ],
)
def test_companions(text: str, killed: int) -> None:
    assert casualties(text)["fatalities"] == killed


@pytest.mark.parametrize(
    "text,injured",
    [
        ("Boy, 6, wounded in backyard shooting, deputies say", 1),
        ("Girl, 12, shot in arm outside corner store", 1),
        ("Man critical after being shot in the chest", 1),
        ("A nine-year-old girl is recovering Tuesday after being shot in the foot.", 1),
        ("A bullet pierced the window, grazing a toddler asleep inside.", 1),
    ],
)
def test_injured(text: str, injured: int) -> None:
    c = casualties(text)
    assert c["injured_best"] == injured
    assert c["fatalities"] == 0


def test_critical_of_is_no_victim() -> None:
    c = casualties("Councilman critical of the police response to the shooting")
    assert c["injured_best"] is None


def test_recovering_things_is_no_victim() -> None:
    c = casualties("Officers are recovering the stolen rifles from the river.")
    assert c["injured_best"] is None


def test_killed_and_wounded_with_the_same_noun_are_two_victims() -> None:
    c = casualties("The gunfire killed the boy and wounded a 9-year-old boy.")
    assert c["fatalities"] == 1
    assert c["injured_best"] == 1


def test_wounded_then_died_stays_one_victim() -> None:
    c = casualties("The boy was wounded in the shooting. The boy later died at the hospital.")
    assert c["fatalities"] == 1
    assert not c["injured_best"]


@pytest.mark.parametrize(
    "text,killed",
    [
        ("Four herders were kiled by raiders near the dam.", 4),
        ("Bandits kiiled 6 traders on the highway.", 6),
        ("Soldiers KILLIED two suspected smugglers at dawn.", 2),
        ("A patrol murderd three poachers in the park.", 3),
        # real words that look like outcome words stay as they are
        ("The crowd was excited; 5 speakers addressed the rally.", 0),
        ("The winding road was closed after 3 trucks overturned.", 0),
        # short words are never corrected
        ("He kild the engine.", 0),
    ],
)
def test_misspelt_outcome_words(text: str, killed: int) -> None:
    assert casualties(text)["fatalities"] == killed


def test_misspelt_word_spans_keep_original_offsets() -> None:
    text = "Gunmen kiled a trader and his wife; later the mob lynched a suspect."
    doc = TAGGER(Doc(id="t", text=text))
    spans = [s for s in doc.get("numbers") if s.label == "killed"]
    assert len(spans) == 2
    for s in spans:
        assert s.text == text[s.start : s.end]
        vs, ve = s.attrs.get("victim_start"), s.attrs.get("victim_end")
        if vs is not None:
            assert text[vs:ve] in ("trader", "suspect")
    assert spans[1].text == "a suspect"


def test_misspelling_corrections() -> None:
    assert TAGGER._misspelt("Two were kiled and four woundded.") == [
        (9, 14, "killed"), (24, 32, "wounded")
    ]
    assert TAGGER._misspelt("Killer whales were sighted.") == []


@pytest.mark.parametrize(
    "text,killed",
    [
        # a headline's bare victim noun with an "of" phrase
        ("Bodyguard of county governor John Doe (XYZ) was killed in an ambush.", 1),
        ("Nephew of a village elder killed by raiders near Garbatulla", 1),
        # the other side's dead told in a clause of its own
        ("A ranger is killed while the soldiers kill two of the poachers.", 3),
        ("Four traders were killed, while police shot dead one of the robbers.", 5),
        ("Two guards were killed, as was one of the raiders.", 3),
        ("Six villagers died, as were two attackers.", 8),
        ("Three soldiers were killed, as was the case in March.", 3),
        # a claim gives way to the figure told without one
        ("Militants claimed killing nine. The army said only two soldiers were killed.", 2),
        ("A bomb killed 4 guards. The militants claim 20 fatalities.", 4),
        # claiming responsibility is no claimed figure
        ("The group claimed responsibility for the raid that killed 6 people.", 6),
    ],
)
def test_tolls_across_clauses(text: str, killed: int) -> None:
    assert casualties(text)["fatalities"] == killed


@pytest.mark.parametrize(
    "text,killed",
    [
        ("9 women and children killed by raiders at a watering point.", 9),
        ("Three herders and traders were killed near the market.", 3),
        # a singular noun after a figure with a plural verb: a slip of the noun
        ("Two Samburu herder are killed by raiders near Baragoi.", 2),
        # with a singular verb the figure is no toll
        ("A mother of three was killed in the attack.", 1),
    ],
)
def test_noun_groups(text: str, killed: int) -> None:
    assert casualties(text)["fatalities"] == killed


def test_fatally_shooting_oneself_is_a_death() -> None:
    c = casualties("Teen fatally shoots himself while cleaning a rifle")
    assert c["fatalities"] == 1
    assert not c["injured_best"]


def test_shooting_oneself_alone_is_a_wound() -> None:
    c = casualties("A hunter shot himself in the foot near the lake.")
    assert c["fatalities"] == 0


@pytest.mark.parametrize(
    "text,killed,injured",
    [
        # a headline's list of outcomes
        ("Man killed, teen wounded in Elm Street shooting", 1, 1),
        ("3 men killed, woman hurt in overnight shooting", 3, 1),
        ("Man killed, suspect arrested after parking lot shooting", 1, None),
        # "lands ... in hospital": those not killed were hurt
        ("Bar fight lands three men in hospital", 0, 3),
        ("A stray round put two bystanders in the hospital.", 0, 2),
    ],
)
def test_headline_outcomes(text: str, killed: int, injured: int | None) -> None:
    c = casualties(text)
    assert c["fatalities"] == killed
    assert c["injured_best"] == injured


def test_others_shot_are_not_the_dead() -> None:
    c = casualties("Woman killed, 2 others shot outside a nightclub")
    assert c["fatalities"] == 1
    assert c["injured_best"] == 2


def test_people_shot_include_the_dead() -> None:
    c = casualties("Four people were shot, one fatally, at a party on Elm Street.")
    assert c["fatalities"] == 1
    assert c["injured_best"] == 3
