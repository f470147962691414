"""A dateline says where the report was filed; the sentences that set the event in another
province say where it happened. Invented sentences."""

from __future__ import annotations

import pytest

from sitrep.ingest import make_doc
from sitrep.pipeline import default_pipeline


@pytest.fixture(scope="module")
def nlp():
    return default_pipeline()


def _main_place(nlp, text: str, title: str) -> tuple[str | None, str | None]:
    doc = nlp(make_doc("t", f"{title}\n\n{text}", published="2023-05-14"))
    ev = doc.events[0]
    return ev.location, ev.admin1


def test_a_province_the_sentences_name_outranks_the_capital_dateline(nlp) -> None:
    place = _main_place(
        nlp, "SANAA - A drone strike on a crowded fuel market in Saada province on Friday "
        "killed 12 people, a health official said.", "Drone strike hits market")
    assert place[1] == "Saada"


def test_a_dateline_inside_the_named_province_still_stands(nlp) -> None:
    place = _main_place(
        nlp, "ADEN - Gunmen shot dead two soldiers at a checkpoint in Aden province on "
        "Friday, officials said.", "Two soldiers killed at checkpoint")
    assert place == ("Aden", "Aden")


def test_a_town_the_sentences_set_the_event_in_outranks_the_dateline_city(nlp) -> None:
    place = _main_place(
        nlp, "JOS - Gunmen killed five villagers and burned a dozen houses in Bokkos, Plateau "
        "State, over the weekend, police said on Monday.", "Gunmen kill five in Plateau")
    assert place == ("Bokkos", "Plateau")
