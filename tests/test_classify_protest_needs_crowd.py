"""On a news page a protest reading needs a word for a protest, a riot or a crowd
(invented texts; the model's leaning is fixed so that only the rule is tested)."""

from __future__ import annotations

import numpy as np
import pytest

from sitrep.ingest import make_doc
from sitrep.nlp import classify as C
from sitrep.pipeline import default_pipeline


@pytest.fixture(scope="module")
def nlp():
    return default_pipeline()


@pytest.fixture
def leaning_to_excessive_force(monkeypatch):
    """The model reads every text as excessive force against protesters (0.5), then an
    attack (0.3)."""
    m = C._model()
    p = np.full(len(m["classes"]), 0.2 / (len(m["classes"]) - 2))
    p[m["index_of"]["Excessive force against protesters"]] = 0.5
    p[m["index_of"]["Attack"]] = 0.3
    monkeypatch.setattr(C, "_text_probabilities", lambda *a, **k: p.copy())


def _reading(nlp, text: str, title: str | None) -> str | None:
    doc = nlp(make_doc("c", text, title=title, published="2022-06-12"))
    return C.classify_sentences(doc, doc.sentences)[0]


SHOOTING = ("On Saturday two men were shot at and wounded by border guards while they tried "
            "to cross the frontier near a hill village, a local source said.")


def test_a_news_page_with_no_crowd_word_takes_the_best_other_reading(
        nlp, leaning_to_excessive_force):
    assert _reading(nlp, SHOOTING, "Border guards wound two at the frontier") == "Attack"


def test_a_coders_note_keeps_the_protest_reading(nlp, leaning_to_excessive_force):
    # An untitled note may take its type from context its words do not carry.
    assert _reading(nlp, SHOOTING, None) == "Excessive force against protesters"


def test_a_news_page_that_names_the_protest_keeps_it(nlp, leaning_to_excessive_force):
    text = ("Guards fired on protesters outside the border post on Saturday, wounding two "
            "men, a local source said.")
    assert _reading(nlp, text, "Guards fire on protest at border post") == (
        "Excessive force against protesters")
