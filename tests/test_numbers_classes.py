"""Casualty classes read since the first version of the tagger, on invented sentences: victims
with a post-modifier, coders' notes that split a toll, denied figures, masked words, Syrian
monitors' wording, named and headline victims, a protest's cause, the main event's wounded
told elsewhere in the story."""

import pytest

from sitrep.doc import Doc, Span
from sitrep.nlp.numbers import CasualtyTagger, casualties_for
from sitrep.nlp.sentences import SentenceSplitter

TAGGER = CasualtyTagger()
SPLIT = SentenceSplitter()


def run(text: str) -> tuple[list[Span], dict]:
    doc = TAGGER(Doc(id="t", text=text))
    return doc.get("numbers"), casualties_for(doc, [Span(0, len(text), "sentence", text)])


@pytest.mark.parametrize(
    "text,killed",
    [
        # the victims, a modifier opened by a preposition or a participle, then the outcome
        ("Four herders grazing near the dam were shot dead by raiders.", 4),
        ("Six members of the village patrol were hacked to death overnight.", 6),
        ("A trader accused of cattle theft was lynched by a crowd in the market.", 1),
        ("Three youths suspected of robbing a shop were beaten to death.", 3),
        # a clause of its own, or another subject inside the modifier: not read that way
        ("After a raid on a chief in Orwa, two other elders were killed in Kapedo.", 2),
        # the killers, not a toll: the outcome has an object
        ("A gang made up of five men shot dead a pastor outside the church.", 1),
        # a date written with a slash is no figure
        ("Students rioted on 14/06 over the death of a classmate at the college.", 0),
        # a figure the source denies
        ("One farmer was killed. The commissioner dismissed reports that 9 people were shot dead.", 1),
        # "coded separately" a few words after the victims
        ("Police intervened, killing 3 armed youths coded separately.", 0),
        # quotes around the victim noun
        ('A suspected "bandit" was shot dead by rangers.', 1),
    ],
)
def test_fatalities(text: str, killed: int) -> None:
    _, c = run(text)
    assert c["fatalities"] == killed


def test_more_than_after_a_long_victim_phrase_adds_nobody() -> None:
    spans, c = run("At least 9 fighters from the Free Hills (FH) brigade have perished in more than 40 raids.")
    assert c["fatalities"] == 9 and not spans[0].attrs.get("also")


def test_toll_shared_across_coded_events() -> None:
    _, c = run("Fighting between the two clans left 8 deaths (coded across 4 events) in the ward.")
    assert c["fatalities"] == 2
    _, c = run("Raiders attacked two villages, killing 4. Two events coded at Aro and Bel, with 2 fatalities each.")
    assert c["fatalities"] == 2


def test_masked_words_are_read_after_ingest_cleanup() -> None:
    # the casualty reader sees the text ingest built: cleanup unmasks "kil*led" there
    from sitrep.ingest.build import make_doc

    doc = TAGGER(make_doc("t", "A drone hit a car and three people were kil*led on the road."))
    c = casualties_for(doc, [Span(0, len(doc.text), "sentence", doc.text)])
    assert c["fatalities"] == 3
    sp = [s for s in doc.get("numbers") if s.label == "killed"][0]
    assert sp.text == doc.text[sp.start : sp.end] and sp.text.endswith("killed")


def test_monitor_wording() -> None:
    _, c = run("The shelling resulted in the martyrdom of four civilians and the injury of seven others.")
    assert (c["fatalities"], c["civilian_fatalities"], c["injured_best"]) == (4, 4, 7)
    _, c = run("Two farmers were martyred in the strike.")
    assert c["fatalities"] == 2
    _, c = run("Observers documented the death of a woman and a young man in the raid.")
    assert c["fatalities"] == 2
    # one death given as a protest's cause is no toll of this event
    _, c = run("Following the death of a boy in a crash, residents blocked the highway.")
    assert c["fatalities"] == 0


def test_victims_of_no_side_are_civilians() -> None:
    _, c = run("Jets bombed the town, killing a man named Omar Haddad.")
    assert c["civilian_fatalities"] == 1
    # every victim named a fighter: no civilian among the dead (not "unknown")
    _, c = run("Jets bombed the base, killing five fighters.")
    assert c["civilian_fatalities"] == 0


def test_named_victims_shot_count_once_each() -> None:
    text = "Jane Roe was shot as she ran. Tom Poe was shot while sitting in his car. Jane Roe was shot twice."
    _, c = run(text)
    assert (c["fatalities"], c["injured_best"]) == (0, 2)


def test_suspect_struck_by_return_fire_is_wounded() -> None:
    # GVA counts everyone shot, a suspect hit by police included
    _, c = run("Deputies returned fire, striking the gunman in the parking lot.")
    assert (c["fatalities"], c["injured_best"]) == (0, 1)


def test_headline_second_clause() -> None:
    _, c = run("Two men arrested after toddler wounded by stray bullet")
    assert c["injured_best"] == 1


def test_protest_over_a_death_told_later() -> None:
    text = ("Pupils blocked the road, protesting over the killing of their classmate. "
            "The boy was found dead near the river on Sunday.")
    _, c = run(text)
    assert c["fatalities"] == 0
    # a death told before the protest's cause is this event's
    _, c = run("A rider was shot dead as police fought traders protesting the killing of a guard.")
    assert c["fatalities"] == 1


def test_main_event_takes_the_wounded_told_apart() -> None:
    text = ("A man was shot and killed outside a bar on Elm Street on Friday night, police said.\n\n"
            "\"It was terrible,\" a neighbor said. \"We heard six shots.\"\n\n"
            "Two other people were wounded and taken to a hospital, police said later.")
    doc = TAGGER(SPLIT(Doc(id="t", text=text)))
    first = [doc.sentences[0]]
    c = casualties_for(doc, first)
    assert (c["fatalities"], c["injured_best"]) == (1, 2)
    # a later event (not the first told) keeps only its own figures
    c = casualties_for(doc, [doc.sentences[1]])
    assert c["injured_best"] is None


@pytest.mark.parametrize(
    "text,killed,civilians",
    [
        # a headline's bare victim before the figure joins it
        ("Man and two daughters killed in shelling on the farm", 3, 3),
        ("Raids go on | Woman and her son killed in drone strike near the river", 2, 2),
        # a named headline victim, and one after a kicker set off by "|"
        ("Boy named Omar Zaki killed in rocket attack on the market, March 3, 2022", 1, 1),
        ("Raid on a village | Child killed in security campaign near the border", 1, 1),
        # a victim with a modifier after "the death of"
        ("The gunfire caused the death of a boy under the age of 15 in the camp.", 1, 1),
        # one victim told as a martyr, apart from the wounded
        ("The shelling resulted in an elderly martyr and three wounded in the village.", 1, None),
    ],
)
def test_headline_and_monitor_victims(text: str, killed: int, civilians: int | None) -> None:
    _, c = run(text)
    assert c["fatalities"] == killed
    if civilians is not None:
        assert c["civilian_fatalities"] == civilians


def test_one_martyr_is_not_added_to_the_wounded() -> None:
    _, c = run("The shelling left a martyr and six wounded near the school.")
    assert (c["fatalities"], c["injured_best"]) == (1, 6)
    _, c = run("He was a martyr of the uprising, his cousin said.")
    assert c["fatalities"] == 0


def test_civilians_never_outnumber_the_lead_toll() -> None:
    text = ("Two guards were killed in a rocket attack on the depot on Sunday. "
            "Last week air raids on the town killed nine civilians.")
    _, c = run(text)
    assert c["fatalities"] == 2 and c["civilian_fatalities"] == 2


@pytest.mark.parametrize(
    "text,killed,injured",
    [
        # the one shot dies in the same clause: killed, not wounded
        ("The 15-year-old girl who was shot was pronounced dead at the scene.", 1, None),
        ("The driver who was shot died at a hospital later that night.", 1, None),
        # a part of those shot dies: the rest were wounded
        ("Three men were shot, one died at the hospital.", 1, 2),
        # the one shot is not said to die
        ("The driver who was shot was taken to a hospital.", 0, 1),
        # "has died" belongs to another subject than the five sent to hospital
        ("One of the victims of the attack that sent four people to the hospital has died.", 1, 3),
    ],
)
def test_shot_then_died_in_one_clause(text: str, killed: int, injured: int | None) -> None:
    _, c = run(text)
    assert c["fatalities"] == killed
    assert c["injured_best"] == injured
