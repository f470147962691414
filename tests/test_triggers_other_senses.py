"""Trigger words inside a phrase of another sense ("heart attack", "title clash", "photo
shoot") are no triggers: the lexicon's ``other_senses`` phrases take part in the longest-match
step and then name no event. The same words told of violence still count. Invented
sentences."""

from __future__ import annotations

import pytest

from sitrep.doc import TRIGGERS, Doc
from sitrep.nlp.triggers import TriggerTagger, find_triggers, lexicon
from sitrep.pipeline import extract


def _labels(text: str) -> list[str]:
    return [entry.phrase for _, _, entry in find_triggers(text)]


@pytest.mark.parametrize("text", [
    "The retired judge died of a heart attack at his farm on Sunday.",
    "The singer suffered a panic attack before the concert.",
    "The title clash between the two clubs is set for Saturday.",
    "Both teams are in a relegation battle with four games left.",
    "The governor lost her battle with cancer last year.",
    "The two families are locked in a custody battle over the children.",
    "The magazine's cover shoot took place on a beach near the port.",
    "The two countries signed a trade agreement on flowers and tea.",
    "The sequel bombed at the box office over the holiday weekend.",
    "The golfer holds a one-shot lead after the second round.",
])
def test_other_sense_phrases_name_no_trigger(text: str) -> None:
    assert _labels(text) == []


@pytest.mark.parametrize(("text", "phrase"), [
    # the trigger word told of violence, near words of the idioms
    ("Gunmen attacked a bus in the heart of the town.", "attack"),
    ("Football fans clashed with police after the cup final.", "clash"),
    ("Troops battled the militants for control of the hill.", "battle"),
    ("The rebels and the army signed a peace agreement in the capital.", "peace agreement"),
])
def test_violent_senses_still_count(text: str, phrase: str) -> None:
    assert phrase in _labels(text)


def test_other_senses_are_listed_apart_from_triggers() -> None:
    lex = lexicon()
    senses = {str(p).rstrip("*") for p in lex["other_senses"]}
    assert "heart attack" in senses
    triggers = {str(p).rstrip("*") for kind in ("strong", "weak")
                for phrases in lex[kind].values() for p in phrases}
    # an other-sense phrase that is also a trigger would be both at once
    assert not senses & triggers


def test_tagger_layer_holds_no_other_sense() -> None:
    doc = TriggerTagger()(Doc("t", "The mayor died of a heart attack. Gunmen attacked a bar."))
    cues = [t.attrs["cue"] for t in doc.get(TRIGGERS)]
    assert cues == ["Gunmen", "attacked"]


def test_illness_page_gives_no_event() -> None:
    text = ("Former minister dies of heart attack\n\n"
            "A former cabinet minister died of a heart attack at his home on Friday, his "
            "family said. He had served two terms in parliament.")
    doc = extract(Doc("t", text, title="Former minister dies of heart attack"))
    assert [e for e in doc.events if e.status == "event"] == []


@pytest.mark.parametrize("text", [
    "The home side beat the visitors 3-1 at the national stadium.",
    "The champions were beaten 2-0 away on Saturday.",
    "Her team beat the hosts by twelve points in the semi-final.",
])
def test_beat_with_a_sporting_result_is_no_trigger(text: str) -> None:
    assert "beat" not in _labels(text) and "beaten" not in _labels(text)


@pytest.mark.parametrize("text", [
    "Youths beat a trader at the market on 12-13 May.",
    "Guards beat two boys aged 15-17 outside the school.",
    "A gang beat the watchman and stole his phone.",
])
def test_beat_told_of_an_assault_stays(text: str) -> None:
    assert "beat" in _labels(text)


@pytest.mark.parametrize("text", [
    "The visitors shot 41 per cent from the field in the first half.",
    "Their captain was shooting 7 of 15 from three-point range all night.",
    "The archers shot 92% in the qualifying round.",
])
def test_shot_with_a_shooting_statistic_is_no_trigger(text: str) -> None:
    assert not {"shot", "shooting"} & set(_labels(text))


@pytest.mark.parametrize("text", [
    "A guard was shot 3 times outside the arena.",
    "Police shot a man from the field behind the school.",
])
def test_shot_told_of_a_person_stays(text: str) -> None:
    assert "shot" in _labels(text)


@pytest.mark.parametrize("text", [
    "Farmers' leaders attacked the ministry's decision on maize imports.",
    "Doctors attack budget cuts in the health sector.",
    "The opposition attacked the president's speech on Sunday.",
])
def test_attack_on_words_is_no_trigger(text: str) -> None:
    assert "attack" not in _labels(text)


@pytest.mark.parametrize("text", [
    "Gunmen attacked the county commissioner's office at night.",
    "Militants attacked a police post near the border.",
    "They were jailed over an attack plan against the embassy.",
])
def test_attack_on_people_and_places_stays(text: str) -> None:
    assert any(p.startswith("attack") for p in _labels(text))


@pytest.mark.parametrize("text", [
    "The young winger shot to the top of the scoring charts this month.",
    "A rally driver from Nakuru won the opening stage on Friday.",
    "Shares rallied on the bourse after the bank's results.",
    "The actor was mobbed by fans when he landed at the airport.",
])
def test_sport_market_and_celebrity_idioms_name_no_trigger(text: str) -> None:
    assert _labels(text) == []


def test_a_court_petition_is_no_protest_but_a_delivered_one_is() -> None:
    assert _labels("The losing candidate filed an election petition on Monday.") == []
    assert "petition" in _labels("Marchers presented a petition to the county commissioner.")


def _page_triggers(title: str, body: str) -> list[str]:
    doc = extract(Doc("t", f"{title}\n\n{body}", title=title))
    return [t.attrs["lemma"] for t in doc.get(TRIGGERS)]


def test_a_headline_word_the_body_uses_only_in_an_idiom_is_no_trigger() -> None:
    lemmas = _page_triggers("Comedy bombs in first week",
                            "The new comedy bombed at the box office, earning a third of its "
                            "budget.")
    assert not [lemma for lemma in lemmas if lemma.startswith("bomb")]


def test_a_headline_word_the_body_also_uses_as_a_trigger_stays() -> None:
    lemmas = _page_triggers(
        "Actor shot outside his home",
        "The actor, who shot to fame in a soap opera, was shot in the leg by a robber.")
    assert lemmas.count("shot") == 2
