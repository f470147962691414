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


def test_masked_words_are_read_and_quoted_as_written() -> None:
    text = "A drone hit a car and three people were kil*led on the road."
    spans, c = run(text)
    assert c["fatalities"] == 3
    assert spans[0].text == text[spans[0].start : spans[0].end] and spans[0].text.endswith("kil*led")


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
    _, c = run("Jets bombed the base, killing five fighters.")
    assert c["civilian_fatalities"] is None


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
