"""The main event whose own sentences tell no wounded takes the wounded the rest of the story
tells, but not a vague figure alone ("many others have been wounded" in a quote about the
city): that is no count of this event's wounded. Invented report."""

from numbers_helpers import TAGGER

from sitrep.doc import Doc
from sitrep.nlp.numbers import casualties_for
from sitrep.nlp.sentences import SentenceSplitter

SPLIT = SentenceSplitter()
TEXT = (
    "Teen shot dead on Elm Street\n\n"
    "A 16-year-old boy was shot dead on Elm Street in Springfield on Monday night, police said. "
    "Officers found him on the sidewalk.\n\n"
    "Pastor John Reed spoke at a vigil on Tuesday. \"Several young people have lost their lives here. "
    "Many others have been wounded,\" he said."
)


def _main(text: str) -> dict:
    doc = TAGGER(SPLIT(Doc(id="t", text=text, title=text.split("\n")[0])))
    # the event's own sentences: the title and the lead
    return casualties_for(doc, doc.sentences[:3])


def test_vague_wounded_elsewhere_not_taken() -> None:
    c = _main(TEXT)
    assert (c["fatalities"], c["injured_best"]) == (1, None)


def test_counted_wounded_elsewhere_taken() -> None:
    c = _main(TEXT.replace("Many others have been wounded", "Two other teens were wounded in the same shooting"))
    assert c["injured_best"] == 2
