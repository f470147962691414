"""Wounded counts on invented reports: "another" after a death, the wounded told apart from
the event's sentences, victims "with a gunshot wound", relative clauses and asides between the
victims and their outcome."""

import re

import pytest
from numbers_helpers import TAGGER, casualties

from sitrep.doc import SENTENCES, Doc, Span
from sitrep.nlp.numbers import casualties_for


def _doc(text: str) -> Doc:
    """``text`` split into sentences at ". ", tagged."""
    doc = Doc(id="t", text=text)
    pos = 0
    for i, m in enumerate(re.finditer(r"[^.]+(?:\.|$)", text)):
        start = m.start() + len(m.group(0)) - len(m.group(0).lstrip())
        if start < m.end():
            doc.add(SENTENCES, Span(start, m.end(), "sentence", text[start : m.end()], {"index": i}))
        pos = m.end()
    assert pos == len(text)
    return TAGGER(doc)


@pytest.mark.parametrize(
    "text,injured",
    [
        # "another" right after a death sets the wounded apart from the dead: not one more wounded
        ("Boy killed, another wounded in Elm Street shooting. One teen died and another teen was wounded.", 1),
        ("A farmer was shot dead at his gate. Another man was wounded.", 1),
        ("Shooting leaves 1 dead, 1 hurt. The driver died at the scene. Another passenger was hurt.", 1),
        # after a wounded victim, "another" still adds one
        ("Two men were wounded at the bar. Another man was wounded outside.", 3),
    ],
)
def test_another_after_a_death(text: str, injured: int) -> None:
    assert casualties(text)["injured_best"] == injured


def test_wounded_told_outside_the_event_sentences() -> None:
    # the event's own sentence tells one shot who died (no wounded): the wounded told in a
    # later paragraph are the event's
    text = ("A girl was shot on Oak Road and later died. Her mother spoke to reporters. "
            "Police said two other people were wounded in the shooting.")
    doc = _doc(text)
    first = doc.sentences[:1]
    assert casualties_for(doc, first)["injured_best"] == 2


def test_no_wounded_told_stays_zero() -> None:
    text = "A man was shot on Pine Street and died at the hospital. Police have no suspect."
    doc = _doc(text)
    assert casualties_for(doc, doc.sentences[:1])["injured_best"] == 0


@pytest.mark.parametrize(
    "text,killed,injured",
    [
        # a victim "with a gunshot wound" is one shot: wounded unless told dead
        ("Officers found a man with a gunshot wound near the gas station.", 0, 1),
        ("A woman was found with a gunshot wound in her car on Tuesday.", 0, 1),
        ("Deputies found a man with a gunshot wound. He was pronounced dead at the scene.", 1, 0),
        ("Three men with gunshot wounds walked into the emergency room.", 0, 3),
        # "remains in critical condition"
        ("The victim remains in critical condition at a county hospital.", 0, 1),
    ],
)
def test_gunshot_wound_victims(text: str, killed: int, injured: int) -> None:
    c = casualties(text)
    assert (c["fatalities"], c["injured_best"]) == (killed, injured)


@pytest.mark.parametrize(
    "text,killed",
    [
        # a relative clause between the victims and their outcome
        ("Two women who were accused of theft were lynched near the market.", 2),
        ("Three herders who had gone to water their goats were killed by raiders.", 3),
        # a noun slip ("woman" for "women") told by the plural verb
        ("Two woman who were accused of sorcery are lynched in a hill village.", 2),
        # a singular noun with a count of its own is still one victim
        ("A father of four from the village was killed by raiders.", 1),
        # a long aside in brackets
        ("3 youths (who were said to have taken part in the burning of several shops in the market the week before) "
         "were shot dead by police.", 3),
        # person nouns
        ("An attorney representing the county governor is assassinated in the capital.", 1),
    ],
)
def test_victims_with_a_clause_between(text: str, killed: int) -> None:
    assert casualties(text)["fatalities"] == killed


def test_relative_clause_with_a_killing_of_its_own() -> None:
    # the killers' own victims inside a relative clause are not added to their deaths
    c = casualties("Two men who were suspected of killing a farmer were lynched by a mob.")
    assert c["fatalities"] == 2


@pytest.mark.parametrize(
    "text,killed,injured",
    [
        # "another N" / "a further N" after an active verb: more victims
        ("The gunfire wounded two guards and injured another four workers.", 0, 6),
        ("Raiders killed three herders on Monday and killed a further two on Tuesday.", 5, None),
        ("The explosion killed another two soldiers.", 2, None),
        # a list of parts ("two are critical and another five were released") adds nothing
        ("Nine people were wounded. Four are in critical condition and another five were treated and released.", 0, 9),
    ],
)
def test_another_n_after_a_verb(text: str, killed: int, injured: int | None) -> None:
    c = casualties(text)
    assert (c["fatalities"], c["injured_best"]) == (killed, injured)


@pytest.mark.parametrize(
    "text,injured",
    [
        # a named victim told in a hospital condition is one wounded
        ("Deputies said Jane Roe remains in serious but stable condition at a county hospital.", 1),
        ("Mary Ann Smith, 41, was listed in critical condition on Sunday.", 1),
    ],
)
def test_named_victim_in_a_condition(text: str, injured: int) -> None:
    assert casualties(text)["injured_best"] == injured


@pytest.mark.parametrize(
    "text,killed",
    [
        # ACLED codes violence over N days as N daily events sharing the toll
        ("Twelve people are killed following three days of clashes between two clans over a well.", 4),
        ("Eight are dead after fighting between herders. The raids went on over the course of four days.", 2),
        # no such phrase: the toll stays whole
        ("Nine people were killed over two days of violence near the border.", 9),
    ],
)
def test_note_toll_over_days(text: str, killed: int) -> None:
    assert casualties(text)["fatalities"] == killed


def test_long_report_over_days_keeps_its_toll() -> None:
    # a news report (longer than a note) is not split
    text = "Twelve people are killed following three days of clashes between two clans. " + (
        "Elders met the county commissioner to discuss the dispute over the water point. " * 9
    )
    assert casualties(text)["fatalities"] == 12


@pytest.mark.parametrize(
    "text,killed",
    [
        # a mob's victim who was rescued was beaten, not killed
        ("A suspected goat thief is lynched by villagers. The man was later rescued by police.", 0),
        ("A suspected cattle thief is lynched by a mob and nearly killed before he is rescued.", 0),
        ("A suspected goat thief is lynched by villagers in the market.", 1),
    ],
)
def test_lynched_then_rescued(text: str, killed: int) -> None:
    assert casualties(text)["fatalities"] == killed


@pytest.mark.parametrize(
    "text,killed,injured",
    [
        # ages in a list of victims closed by a dash are no toll
        ("Three other wounded people - a male, 31, a female, 22, and a female, 25 - were taken to area hospitals.", 0, 3),
        ("Two men - John Doe, 31, and Jim Roe, 25 - were killed.", 2, None),
    ],
)
def test_ages_before_a_dash(text: str, killed: int, injured: int | None) -> None:
    c = casualties(text)
    assert (c["fatalities"], c["injured_best"]) == (killed, injured)


@pytest.mark.parametrize(
    "text,killed",
    [
        # a named victim "along with" another
        ("Police said Jane Roe was shot dead along with another woman who was walking with her.", 2),
        # one dead of the other side adds to a plural toll; one of the same side re-tells it
        ("The army killed eight al Shabaab fighters in the forest. A soldier died in the fighting.", 9),
        ("Troops killed six militants near the border. A militant commander was killed in the raid.", 6),
    ],
)
def test_more_dead(text: str, killed: int) -> None:
    assert casualties(text)["fatalities"] == killed


@pytest.mark.parametrize(
    "text,killed,injured",
    [
        # "shot N times and pronounced dead" is a death
        ("A man was shot six times and pronounced dead at the scene.", 1, None),
        ("A woman was shot in the chest and died.", 1, None),
        # "four other men were taken to the hospital": the others are not the dead
        ("A man was shot three times and pronounced dead, while four other men were taken to the hospital.", 1, 4),
        ("One man was killed and three others were shot.", 1, 3),
        ("Five people were shot and one died.", 1, 4),
        # an aside between double dashes
        ("Four people -- including a child -- were injured in a shooting near the park.", 0, 4),
    ],
)
def test_shot_then_told(text: str, killed: int, injured: int | None) -> None:
    c = casualties(text)
    assert (c["fatalities"], c["injured_best"]) == (killed, injured)


def test_others_had_been_shot_may_be_the_dead() -> None:
    # "three others had been shot ... three men dead": those shot are the dead (not "three
    # others were shot", told apart from a death)
    c = casualties("Neighbours said three others had been shot. Officers found three men dead inside the house.")
    assert (c["fatalities"], c["injured_best"]) == (3, 0)
