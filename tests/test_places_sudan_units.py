"""Sudan's Al Jazirah state under the spelling news most often gives it ("Gezira", the
Egyptian and Sudanese "g" for "j"), as Nord-Kivu is found under "North Kivu"."""

from __future__ import annotations

import pytest

from sitrep.nlp.gazetteer import get_gazetteer


@pytest.mark.parametrize("name", ["Gezira", "El Gezira", "Al Gezira", "Al Jazirah"])
def test_gezira_is_al_jazirah(name: str) -> None:
    assert get_gazetteer().canonical_admin1(name, "SD") == "Al Jazirah"


def test_gezira_state_in_a_note() -> None:
    from sitrep.ingest import make_doc
    from sitrep.pipeline import default_pipeline

    doc = default_pipeline()(make_doc("t", "On 3 May 2024, paramilitary fighters raided a "
                                          "village in Gezira state, killing 12 farmers."))
    assert (doc.events[0].admin1, doc.events[0].country) == ("Al Jazirah", "Sudan")
