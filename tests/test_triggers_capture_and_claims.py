"""Capture of a named place, claimed and supporting acts, and campaigns told over their
length (invented sentences)."""

from __future__ import annotations

import pytest

from sitrep.doc import Doc
from sitrep.ingest import make_doc
from sitrep.nlp.sentences import SentenceSplitter
from sitrep.nlp.triggers import TriggerTagger, usable
from sitrep.pipeline import default_pipeline


@pytest.fixture(scope="module")
def nlp():
    return default_pipeline()


def _triggers(nlp, text: str):
    doc = nlp(make_doc("t", text, published="2021-05-10"))
    return doc.get("triggers")


@pytest.mark.parametrize("text", [
    "On Friday, the insurgents seized Kafr Nabl after a night of fighting, killing 12 soldiers.",
    "Rebels overran the village of Kafr Nabl in Idlib province on Friday.",
    "The militia captured the strategic town of Kafr Nabl on Friday.",
])
def test_capture_of_a_named_place_is_a_territory_trigger(nlp, text):
    found = [t for t in _triggers(nlp, text) if t.label == "Non-state actor overtakes territory"]
    assert found and found[0].text.endswith("Kafr Nabl") and found[0].attrs["strong"]


@pytest.mark.parametrize("text", [
    "Police captured two suspects in Idlib on Friday.",
    "Soldiers seized weapons near the border on Friday.",
    "The crisis seized Syria's attention on Friday.",
])
def test_capture_of_people_things_or_a_country_is_no_territory(nlp, text):
    assert not [t for t in _triggers(nlp, text) if t.label == "Non-state actor overtakes territory"]


def test_capture_needs_the_places_layer():
    # Without places nothing tells a town from a person: the bare verb stays no trigger.
    doc = TriggerTagger()(SentenceSplitter()(Doc(id="t", text="Rebels seized Kafr Nabl.")))
    assert not [t for t in doc.get("triggers") if "territory" in t.label]


def _attrs(text: str, label_start: str) -> dict:
    doc = TriggerTagger()(SentenceSplitter()(Doc(id="t", text=text)))
    return next(t.attrs for t in doc.get("triggers") if t.label.startswith(label_start))


def test_a_claimed_campaign_is_an_allegation():
    attrs = _attrs("The ministry claims to be bombing rebel depots every night.", "Remote")
    assert attrs.get("allegation")


def test_a_plain_bombing_is_no_allegation():
    assert not _attrs("Jets were bombing rebel depots on Monday night.", "Remote").get("allegation")


@pytest.mark.parametrize("text", [
    "Militia fighters, backed by allied air strikes, advanced on the hill.",
    "Troops moved into the valley under the cover of intense air strikes.",
])
def test_strikes_that_back_an_advance_are_support_not_an_act(text):
    doc = TriggerTagger()(SentenceSplitter()(Doc(id="t", text=text)))
    air = [t for t in doc.get("triggers") if t.label == "Air/drone strike"]
    assert air and air[0].attrs.get("support") and not usable(air[0])


@pytest.mark.parametrize(("text", "verb"), [
    # a taking of ground is the subject's act, however close the backer
    ("Army units backed by a clan militia recaptured the ferry town on Friday.", "recaptured"),
    # the word right after the backer's own trigger is the clause's verb
    ("Rebels backed by foreign gunships attacked the garrison at dawn.", "attacked"),
])
def test_the_act_after_the_backer_is_no_support(text, verb):
    doc = TriggerTagger()(SentenceSplitter()(Doc(id="t", text=text)))
    act = [t for t in doc.get("triggers") if t.text == verb]
    assert act and usable(act[0])


def test_a_campaign_told_over_its_length_is_background():
    attrs = _attrs("The army has been shelling the district for over a month.", "Shelling")
    assert attrs["background"]


def _by_cue(text: str) -> dict[str, bool]:
    doc = TriggerTagger()(SentenceSplitter()(Doc(id="t", text=text)))
    return {t.attrs["cue"].lower(): bool(t.attrs["background"]) for t in doc.get("triggers")}


@pytest.mark.parametrize("text", [
    "The ambush came two days after gunmen shot dead four herders near the river.",
    "The ambush comes just hours after gunmen shot dead four herders near the river.",
    "The ambush came barely a week after gunmen shot dead four herders near the river.",
])
def test_an_incident_recalled_after_came_days_after_is_background(text):
    cues = _by_cue(text)
    assert cues["ambush"] is False  # the report's own act
    assert cues["shot dead"] is True


def test_a_bare_days_after_tells_the_act_itself():
    cues = _by_cue("Two days after the vote, youths clashed with police in the market.")
    assert cues["clashed"] is False


def test_weapons_skills_taught_are_no_act():
    attrs = _attrs("Instructors showed the recruits how to use rocket-propelled grenades.",
                   "Shelling")
    assert attrs["hypothetical"]


def test_a_years_long_campaign_is_background():
    attrs = _attrs("The air force has waged a years-long campaign of missile strikes on the "
                   "depots.", "Shelling")
    assert attrs["background"]
