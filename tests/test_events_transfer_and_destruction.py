"""Sub-event wording rare in Kenya's notes, on invented notes: a town entered without a fight is
a non-violent transfer of territory; demonstrators who pull down, tear down or ransack are
rioters (the active voice only)."""

from __future__ import annotations

import pytest

from sitrep.ingest.build import make_doc
from sitrep.pipeline import default_pipeline


def main_event(text: str):
    doc = default_pipeline()(make_doc("t", text))
    return doc.events[0]


@pytest.mark.parametrize("text", [
    "On 4 May 2022, rebel fighters entered the district capital without meeting any resistance "
    "after the garrison left.",
    "On 4 May 2022, the militia took the border post without firing a shot.",
])
def test_a_town_entered_without_a_fight(text: str) -> None:
    assert main_event(text).sub_event_type == "Non-violent transfer of territory"


@pytest.mark.parametrize("text", [
    "On 2 June 2021, protesters pulled down a statue of the governor in the main square of Kisumu.",
    "On 2 June 2021, students protesting a fee rise ransacked the bursar's office in Eldoret.",
    "On 2 June 2021, demonstrators tore down the gate of the county offices in Kakamega.",
])
def test_demonstrators_who_bring_things_down_riot(text: str) -> None:
    assert main_event(text).event_type == "Riots"


def test_a_statue_pulled_down_by_workers_is_no_riot_sign() -> None:
    ev = main_event("On 2 June 2021, residents protested peacefully in Kisumu after an old statue "
                    "was pulled down by council workers.")
    assert ev.event_type == "Protests"
