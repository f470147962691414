"""AttributionTagger and attribution_for: sources, chains, modality."""

from __future__ import annotations

from sitrep.doc import Doc
from sitrep.nlp.actors import ActorTagger
from sitrep.nlp.sources import AttributionTagger, attribution_for


def tag(text: str) -> list[tuple[str, str | None, str, list[str]]]:
    doc = Doc(id="t", text=text)
    ActorTagger()(doc)
    AttributionTagger()(doc)
    return [(s.text, s.attrs["name"], s.attrs["modality"], s.attrs["chain"])
            for s in doc.get("sources")]


def test_monitor_aliases_and_cues() -> None:
    got = tag("Nine fighters died, the Britain-based monitor said. According to OSDH, two more.")
    assert [g[1] for g in got] == ["Syrian Observatory for Human Rights"] * 2
    assert all(g[2] == "reported" for g in got)


def test_chain_told_outlet() -> None:
    got = tag("A military source told Sputnik that the convoy was hit.")
    src = [g for g in got if g[1] == "unnamed source"][0]
    assert src[3] == ["Sputnik", "unnamed source"]


def test_claimed_denied_not_confirmed() -> None:
    got = tag("ISIS claimed responsibility. The ministry denied the report. "
              "The Turkish military has not commented.")
    mods = {g[1]: g[2] for g in got}
    assert mods["Islamic State (Syria)"] == "claimed"
    assert "denied" in mods.values()
    assert "not_confirmed" in mods.values()


def test_bare_outlet_mention_is_not_an_attribution() -> None:
    assert tag("Reuters journalists visited Homs last year.") == []


def test_attribution_for_falls_back_to_previous_sentence_in_paragraph() -> None:
    text = "According to the Observatory, jets struck Ariha. Four civilians were killed.\n\nA new day."
    doc = Doc(id="t", text=text)
    a = text.index("Four")
    b = text.index("A new")
    doc.span("sentences", 0, a - 1, "sentence", index=0, paragraph=0)
    doc.span("sentences", a, b - 2, "sentence", index=1, paragraph=0)
    doc.span("sentences", b, len(text), "sentence", index=2, paragraph=1)
    AttributionTagger()(doc)
    res = attribution_for(doc, doc.sentences[1])
    assert res["source"] == "Syrian Observatory for Human Rights"
    assert attribution_for(doc, doc.sentences[2])["source"] is None


def test_long_appositive_between_source_and_verb():
    from sitrep.doc import Doc
    from sitrep.nlp.sources import AttributionTagger

    text = ("The Syrian Observatory for Human Rights, a monitoring group that follows the war "
            "through a wide network of sources on the ground, said two fighters were killed.")
    doc = AttributionTagger()(Doc(id="s", text=text))
    assert [s.attrs["name"] for s in doc.get("sources")] == ["Syrian Observatory for Human Rights"]


def test_a_named_person_after_the_role_still_attributes() -> None:
    from sitrep.doc import Doc
    from sitrep.nlp.sources import AttributionTagger

    doc = AttributionTagger()(Doc(id="t", text="Nine people were arrested, police spokesman "
                                                "Daniel Okoth said on Friday."))
    assert [(s.attrs["name"], s.attrs["cue"]) for s in doc.get("sources")] == [("police", "said")]
