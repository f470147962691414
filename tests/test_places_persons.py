"""People's names are not places: "Firstname Surname" and the surname said alone later
(invented sentences)."""

import pytest

from sitrep.ingest import make_doc
from sitrep.pipeline import default_pipeline


@pytest.fixture(scope="module")
def nlp():
    return default_pipeline()


def place_names(nlp, text, title=None):
    doc = nlp(make_doc("p", text, title=title, published="2016-05-02"))
    return {p.attrs.get("name") for p in doc.get("places")}


def test_a_full_name_and_its_surname_are_a_person(nlp):
    names = place_names(nlp, "Orlando Collins, 24, was shot outside a store in Topeka, Kansas, "
                             "on Saturday. Collins died at the hospital.")
    assert "Orlando" not in names and "Collins" not in names
    assert "Topeka" in names


def test_a_city_with_place_cues_stays_a_place(nlp):
    names = place_names(nlp, "A man was shot in Tyler, Texas, on Sunday night. Tyler police "
                             "are looking for the driver of a grey car.")
    assert "Tyler" in names
    assert "Virginia Beach" in place_names(nlp, "Two people were wounded in a shooting in "
                                                "Virginia Beach on Friday, police said.")
