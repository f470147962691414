"""Trigger tagger: lexicon hits, sub-event labels and context flags (invented sentences)."""

from __future__ import annotations

import re

import pytest

from sitrep.doc import SENTENCES, TRIGGERS, Doc
from sitrep.nlp.triggers import TriggerTagger, find_triggers, lexicon, precedence, usable
from sitrep.record import event_types


def make_doc(text: str, **kw) -> Doc:
    """A Doc with a naive sentence layer (the real splitter lives elsewhere)."""
    doc = Doc("t", text, **kw)
    for i, m in enumerate(re.finditer(r"[^.!?]+[.!?]*", text)):
        start = m.start() + (len(m.group()) - len(m.group().lstrip()))
        if m.end() > start:
            doc.span(SENTENCES, start, m.end(), "sentence", index=i, paragraph=0, title=False)
    return doc


@pytest.fixture(scope="module")
def tagger() -> TriggerTagger:
    return TriggerTagger()


def tag(tagger: TriggerTagger, text: str, **kw) -> list:
    return tagger(make_doc(text, **kw)).get(TRIGGERS)


def by_cue(spans, cue: str):
    hits = [s for s in spans if s.text.lower() == cue.lower()]
    assert hits, f"no trigger {cue!r} in {[s.text for s in spans]}"
    return hits[0]


def test_lexicon_types_are_acled_sub_types():
    subs = {s for v in event_types().values() for s in v}
    lex = lexicon()
    for kind in ("strong", "weak"):
        assert set(lex[kind]) <= subs
    assert set(precedence()) == subs


@pytest.mark.parametrize(
    ("text", "cue", "label"),
    [
        ("Jets carried out an air-strike on the depot overnight.", "air-strike", "Air/drone strike"),
        ("Two airstrikes hit the market.", "airstrikes", "Air/drone strike"),
        ("The village was shelled for hours.", "shelled", "Shelling/artillery/missile attack"),
        ("A roadside bomb hit the patrol.", "roadside bomb", "Remote explosive/landmine/IED"),
        ("Militants set off a bomb near the checkpoint.", "set off a bomb",
         "Remote explosive/landmine/IED"),
        ("Attackers fired a rocket-propelled grenade at the post.", "rocket-propelled grenade",
         "Shelling/artillery/missile attack"),
        ("A man hurled a grenade into the bar.", "hurled a grenade", "Grenade"),
        ("A suicide bomber struck the mosque.", "suicide bomber", "Suicide bomb"),
        ("Heavy clashes broke out between the two groups.", "clashes", "Armed clash"),
        ("The army recaptured the hill town.", "recaptured", "Government regains territory"),
        ("Rebels seized control of the crossing.", "seized control",
         "Non-state actor overtakes territory"),
        ("Gunmen abducted three teachers.", "abducted", "Abduction/forced disappearance"),
        ("Traders staged a protest outside the council office.", "protest", "Peaceful protest"),
        ("Police fired tear gas at the crowd.", "tear gas", "Protest with intervention"),
        ("Youths pelted cars with stones.", "pelted", "Violent demonstration"),
        # a shotgun's blast is a shot, not an explosion
        ("A shotgun blast from a passing car hit two men.", "shotgun blast", "Attack"),
        ("Police arrested four suspects.", "arrested", "Arrests"),
        ("Engineers defused an explosive device near the bridge.", "defused",
         "Disrupted weapons use"),
        ("The two sides signed a ceasefire.", "ceasefire", "Agreement"),
    ],
)
def test_labels(tagger, text, cue, label):
    span = by_cue(tag(tagger, text), cue)
    assert span.label == label
    assert span.attrs["event_type"] in event_types()
    assert usable(span)


def test_longest_match_and_whole_words(tagger):
    spans = tag(tagger, "The marshal said the shellfish market reopened.")
    assert not any(s.label == "Peaceful protest" for s in spans)
    assert not any(s.text.lower().startswith("shell") for s in spans)


def test_month_march_is_not_a_protest(tagger):
    spans = tag(tagger, "In March the council approved the budget.")
    assert all(s.label != "Peaceful protest" for s in spans)
    spans = tag(tagger, "Hundreds of nurses march to the ministry.")
    assert by_cue(spans, "march").label == "Peaceful protest"


def test_offsets_point_into_text(tagger):
    text = "Residents said warplanes bombed the bridge. Later, clashes erupted."
    doc = tagger(make_doc(text))
    for s in doc.get(TRIGGERS):
        assert text[s.start : s.end] == s.text


def test_negation(tagger):
    spans = tag(tagger, "There were no clashes in the town on Sunday.")
    assert by_cue(spans, "clashes").attrs["negated"]
    spans = tag(tagger, "The attack was foiled by guards.")
    assert by_cue(spans, "attack").attrs["negated"]
    spans = tag(tagger, "The army denied shelling the village.")
    assert by_cue(spans, "shelling").attrs["negated"]


def test_negation_stays_in_clause(tagger):
    spans = tag(tagger, "No one claimed it; clashes continued in the east.")
    assert not by_cue(spans, "clashes").attrs["negated"]


def test_hypothetical(tagger):
    spans = tag(tagger, "The group vowed to attack the capital.")
    assert by_cue(spans, "attack").attrs["hypothetical"]
    spans = tag(tagger, "Officials warned that fighting could resume.")
    assert by_cue(spans, "fighting").attrs["hypothetical"]
    spans = tag(tagger, "Fighters attacked the capital on Monday.")
    assert not by_cue(spans, "attacked").attrs["hypothetical"]


def test_background_year(tagger):
    import datetime as dt

    text = "In 2014, rebels overran the base. On Monday, troops clashed with them again."
    spans = tag(tagger, text, published=dt.date(2021, 5, 3))
    assert by_cue(spans, "overran").attrs["background"]
    assert not by_cue(spans, "clashed").attrs["background"]


def test_background_without_publication_date_uses_latest_year(tagger):
    text = "On 3 May 2021, gunmen abducted two traders. The area saw riots in 2017."
    spans = tag(tagger, text)
    assert not by_cue(spans, "abducted").attrs["background"]
    assert by_cue(spans, "riots").attrs["background"]


def test_background_phrase(tagger):
    spans = tag(tagger, "Residents recalled the massacre that took place years ago.")
    assert by_cue(spans, "massacre").attrs["background"]


def test_works_without_sentence_layer(tagger):
    doc = tagger(Doc("t", "Militants ambushed a convoy. Two soldiers died."))
    assert any(s.label == "Armed clash" for s in doc.get(TRIGGERS))


def test_empty_text(tagger):
    doc = tagger(Doc("t", ""))
    assert doc.get(TRIGGERS) == []


def test_find_triggers_no_overlap():
    hits = find_triggers("A suicide car bomb and a roadside bomb exploded.")
    for a, b in zip(hits, hits[1:], strict=False):
        assert a[1] <= b[0]
