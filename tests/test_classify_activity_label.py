"""A note that opens with an ACLED activity label names its own sub-event type
(cues.activity_label, read by classify.classify_sentences); invented sentences."""

from __future__ import annotations

from sitrep.doc import Doc
from sitrep.nlp.cues import activity_label
from sitrep.pipeline import extract


def test_label_at_the_start_of_the_note() -> None:
    assert activity_label("Movement of forces: on 2 May, troops moved to Kora.") \
        == "Change to group/activity"
    assert activity_label("Defusal: sappers made safe a shell found by a farmer.") \
        == "Disrupted weapons use"
    assert activity_label("  non-violent  activity : elders met the raiders.") == "Other"
    assert activity_label("Property destruction: a shop was set alight at night.") \
        == "Looting/property destruction"


def test_no_label_elsewhere_or_without_a_colon() -> None:
    assert activity_label("Arrests were made after the raid on Kora.") is None
    assert activity_label("On 2 May: Movement of forces: troops moved.") is None
    assert activity_label("Troops moved to Kora. Recruitment: none reported.") is None
    assert activity_label("Gunmen attacked a bus near Kora.") is None


def test_pipeline_takes_the_label_over_the_fighting_words() -> None:
    text = ("Movement of forces: on 7 March, soldiers moved into three villages near the "
            "border after bandits attacked a police post there.")
    doc = extract(Doc(id="n", text=text))
    assert doc.events and doc.events[0].sub_event_type == "Change to group/activity"
    plain = extract(Doc(id="m", text=text.split(": ", 1)[1]))
    assert not plain.events or plain.events[0].event_type != "Strategic developments"
