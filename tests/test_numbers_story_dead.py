"""The main event whose own sentences tell a death but no toll ("Man charged in bar
murders") takes the dead the rest of the story tells; one whose sentences tell no death
keeps none (a later death in a long report is more often another incident's). Invented
reports."""

from numbers_helpers import TAGGER

from sitrep.doc import Doc
from sitrep.nlp.numbers import casualties_for
from sitrep.nlp.sentences import SentenceSplitter
from sitrep.nlp.triggers import TriggerTagger

SPLIT = SentenceSplitter()
TRIGGERS = TriggerTagger()


def _title_only(title: str, body: str) -> dict:
    # (the trigger layer tells which sentences hold the document's first event)
    doc = TRIGGERS(TAGGER(SPLIT(Doc(id="t", text=f"{title}\n\n{body}", title=title))))
    # the event's own sentences: the title alone
    return casualties_for(doc, doc.sentences[:1])


def test_death_told_takes_story_toll() -> None:
    c = _title_only(
        "Man charged in bar murders on Oak Street",
        "Prosecutors said Tuesday that John Roe, 31, opened fire inside the bar in March. "
        "Two men were killed and a woman was hurt.",
    )
    assert c["fatalities"] == 2 and c["fatalities_best"] == 2
    # the toll keeps its provenance
    assert any(s.label == "killed" and "Two men were killed" in s.text for s in c["evidence"])


def test_no_death_told_keeps_none() -> None:
    c = _title_only(
        "Boy hurt by stray bullet at Oak Street home",
        "The boy was treated at a hospital, police said. In a separate case, a man was killed on Elm Street.",
    )
    assert c["fatalities"] == 0 and c["fatalities_best"] is None
