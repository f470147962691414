"""Air strikes whose aircraft the text names only as hearsay or after the strike sentence,
and state-media strike wording; a capital at a dateline is not the government acting."""

from __future__ import annotations

from sitrep.doc import Doc
from sitrep.nlp.actors import ActorTagger
from sitrep.nlp.roles import assign_roles, belligerent


def tagged(text: str, country: str = "Syria") -> list[tuple[str, str]]:
    doc = ActorTagger(country=country)(Doc(id="t", text=text), country=country,
                                       event_date="2022-12-24")
    return [(s.text, s.attrs["name"]) for s in doc.get("actors")]


def two_sentences(first: str, second: str, sub: str) -> dict:
    text = f"{first} {second}"
    doc = Doc(id="t", text=text)
    doc.span("sentences", 0, len(first), "sentence", index=0, paragraph=0)
    doc.span("sentences", len(first) + 1, len(text), "sentence", index=1, paragraph=0)
    return assign_roles(doc, [doc.sentences[0]], None, sub, "Syria", "2022-12-24")


def test_aircraft_said_to_be_of_a_country() -> None:
    got = tagged("A drone, said to be a Turkish one, targeted a poultry farm.")
    assert ("drone, said to be a Turkish one", "Military Forces of Turkey (2002-) Air Force") in got


def test_aircraft_believed_to_be_of_a_country_act() -> None:
    text = "Warplanes believed to be Russian struck a market, killing five civilians."
    doc = Doc(id="t", text=text)
    doc.span("sentences", 0, len(text), "sentence", index=0, paragraph=0)
    r = assign_roles(doc, doc.sentences, None, "Air/drone strike", "Syria", "2022-01-01")
    assert belligerent(r["actor1"]) == "Russian Military"


def test_to_be_without_a_nationality_names_nobody() -> None:
    assert tagged("The drone appeared to be hovering over the farm.") == []


def test_striker_named_in_the_next_sentence() -> None:
    r = two_sentences("A drone attack hit a farm near the town, injuring three women.",
                      "Local sources said a drone, thought to be Turkish, targeted the farm.",
                      "Air/drone strike")
    assert r["actor1"] == "Military Forces of Turkey (2002-) Air Force"


def test_ground_actor_in_the_next_sentence_did_not_fly() -> None:
    r = two_sentences("A drone attack hit a farm near the town, injuring three women.",
                      "Later, SDF fighters attacked a checkpoint nearby.", "Air/drone strike")
    assert belligerent(r["actor1"]) != "Syrian Democratic Forces"


def test_regime_aircraft_written_as_metonym_or_hashtag() -> None:
    for text in ("#SyrianRegime warplanes bombed the city.", "Regime airstrikes hit the town."):
        names = [n for _, n in tagged(text)]
        # The Syrian government's own air force: never relabelled as Russia's.
        assert names and names[0] == "Military Forces of Syria (2000-) Air Force", text
        assert belligerent(names[0]) == "Syrian Regime"


def test_state_media_aggression_wording() -> None:
    text = ("Damascus, SANA - The Israeli enemy carried out an aerial act of aggression "
            "targeting several points near the city.")
    got = tagged(text)
    assert not any(t == "Damascus" for t, _ in got)  # the dateline, not the government
    assert any(n == "Military Forces of Israel (1948-) Air Force" for _, n in got)


def test_capital_as_subject_still_acts() -> None:
    got = tagged("Damascus launched a new offensive on the town.")
    assert any(t == "Damascus" for t, _ in got)


def test_us_led_strikes_are_the_coalition() -> None:
    text = "US-led strikes killed seven civilians in the old city on Monday."
    doc = Doc(id="t", text=text)
    doc.span("sentences", 0, len(text), "sentence", index=0, paragraph=0)
    r = assign_roles(doc, doc.sentences, None, "Air/drone strike", "Syria", "2017-06-01")
    assert belligerent(r["actor1"]) == "U.S.-led Coalition"
