"""Places outside the United States: cues that say a place is who or where from, not where.
All sentences are invented."""

from __future__ import annotations

import pytest
from places_helpers import main_event, places_by_text

from sitrep.ingest import make_doc
from sitrep.nlp.places import PlaceTagger
from sitrep.pipeline import default_pipeline


@pytest.fixture(scope="module")
def tagger() -> PlaceTagger:
    return PlaceTagger()




@pytest.mark.parametrize(("text", "name"), [
    ("Lecturers of the University of Eldoret marched in Kisumu on Monday.", "Eldoret"),
    ("A band of Turkana raiders stole goats in Baragoi.", "Turkana"),
])
def test_of_before_a_name_or_a_people_is_no_setting(tagger: PlaceTagger, text: str,
                                                     name: str) -> None:
    got = places_by_text(tagger, text)[name]
    assert got["modifier"]
    assert not got["prep"]


def test_branch_of_a_university_named_after_another_city() -> None:
    ev = main_event("On 3 May 2019, students from the Kisumu branch of the University of Eldoret "
               "protested over unpaid bursaries.")
    assert ev["admin1"] == "Kisumu"


def test_a_place_in_of_is_still_a_setting(tagger: PlaceTagger) -> None:
    # "the town of X": "of" after a plain noun still sets things in X.
    got = places_by_text(tagger, "Gunmen attacked the town of Garissa at dawn.")["Garissa"]
    assert got["prep"]


def test_a_place_only_named_as_an_origin_gives_way_to_the_setting() -> None:
    # The second sentence tells the event (fighters took villages) and names only where the
    # enemy was driven from; the first says where the fighting is.
    ev = main_event("At least 60 militants have been killed since Friday in clashes with Kurdish "
               "fighters in the northeastern Syrian province of Hasaka, a monitor said. The "
               "Kurdish forces, which drove the militants from Kobane last year, seized 40 "
               "villages.")
    assert ev["admin1"] == "Hasakah"



_UK_FILLER = " ".join(["Officials in the UK said the UK will keep its commitments."] * 12)


def test_event_sentence_without_a_place_takes_the_one_just_before() -> None:
    # A long page of another country's news: the strike sentence names no place; the
    # sentence before it, in the same paragraph, sets the mission over a Syrian town.
    text = ("Britain says its drones stay busy, the Ministry of Defence said on 9 May 2024."
            "\n\nThe mission took place over the Sarmada area of Syria on 2 May. The crew "
            "waited for the road to clear and fired a missile at a militant on a motorcycle, "
            "killing him.\n\n" + _UK_FILLER
            + "\n\nA minister visited Belfast in Northern Ireland and London.")
    ev = main_event(text)
    assert (ev["country"], ev["admin1"]) == ("Syria", "Idlib")


def test_a_country_alone_is_narrowed_within_that_country() -> None:
    # The event's sentences name only Syria; the document's own admin1 (Northern Ireland,
    # from a long British page) cannot narrow a Syrian event: the Syrian town named does.
    text = ("A Royal Air Force drone has killed a militant leader in northern Syria, the "
            "Ministry of Defence said on 9 May 2024.\n\nThe mission took place over the "
            "Sarmada area on 2 May. The crew waited for the road to clear and fired a "
            "missile at the motorcycle.\n\n" + _UK_FILLER
            + "\n\nA minister visited Belfast in Northern Ireland and London.")
    doc = default_pipeline()(make_doc("t", text))
    assert doc.events[0].admin1 == "Idlib"


@pytest.mark.parametrize(("text", "admin1"), [
    ("On 2 March 2021, a grenade exploded near Mombasa Primary School in Garissa Township.",
     "Garissa"),
    ("On 1 May 2019, a teacher was shot near Nairobi Secondary School in Mandera District.",
     "Mandera"),
])
def test_school_names_are_organisations_of_their_town(text: str, admin1: str) -> None:
    # A town's name in a school's name says whose school, not where: the place the text
    # sets things in wins.
    assert main_event(text)["admin1"] == admin1


def test_a_count_of_people_before_a_town_is_no_house_number(tagger: PlaceTagger) -> None:
    # "a crowd of 300 Kibera residents": people of a place, not "at 2517 Shasta".
    got = places_by_text(tagger, "A crowd of 300 Kisumu traders blocked the road on Monday.")
    assert got["Kisumu"]["admin1"] == "Kisumu"


def test_a_big_town_opening_a_sentence_before_residents_is_kept(tagger: PlaceTagger) -> None:
    # Named once, at a sentence start, in a text that also names another country: before
    # "traders", "youths" it is still the town (not a word, nor a person's name).
    got = places_by_text(tagger, "Kisumu traders protested against a new levy imposed in Uganda.")
    assert got["Kisumu"]["country"] == "Kenya"
