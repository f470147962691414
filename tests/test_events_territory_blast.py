"""A ground blast that opened the taking of a town is the battle for it (ACLED codes the change
of territory, not the weapon); an air strike, a chemical attack, or a town only aimed at keep
the weapon's reading. Invented reports."""

from __future__ import annotations

from sitrep.ingest import make_doc
from sitrep.pipeline import default_pipeline

TITLE = "Insurgents overrun border town"
TAKEN = ("On Tuesday, insurgents captured the town of Karvandi near the border, killing 14 "
         "soldiers at the army post there.\n\n"
         "The assault began with a suicide car bombing at the main checkpoint, a monitoring "
         "group said.")


def _main(text: str) -> str | None:
    doc = default_pipeline()(make_doc("t", text, title=TITLE, published="2023-05-04"))
    return doc.events[0].sub_event_type if doc.events else None


def test_a_blast_that_opened_the_capture_is_the_capture() -> None:
    assert _main(TAKEN) == "Non-state actor overtakes territory"


def test_a_town_only_aimed_at_leaves_the_blast() -> None:
    aimed = ("On Tuesday, soldiers were battling to regain the prison in Karvandi after a "
             "suicide car bombing at its gate, a monitoring group said.")
    assert _main(aimed) != "Government regains territory"
