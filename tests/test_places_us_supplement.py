"""US places GeoNames' cities500 lacks (military posts, districts of Los Angeles) and the
state a story's URL names (invented sentences and invented URLs)."""

from __future__ import annotations

import pytest
from places_helpers import located

from sitrep.doc import Doc
from sitrep.nlp.outlets import slug_state
from sitrep.nlp.places import PlaceTagger, _investigating, document_admin1, locate


@pytest.fixture(scope="module")
def tagger() -> PlaceTagger:
    return PlaceTagger()


def where(tagger: PlaceTagger, text: str, url: str | None = None) -> dict:
    doc = tagger(Doc(id="t", text=text, url=url))
    sentence = doc.span("sentences", 0, len(doc.text), "sentence", index=0, paragraph=0)
    loc = locate(doc, [sentence])
    assert loc is not None
    return loc


# ---------------------------------------------------------------- supplement
def test_an_army_post_is_the_place_not_the_town_beside_it(tagger):
    text = ("A soldier was shot during a quarrel in a barracks at Fort Riley on Friday; he was "
            "flown to a hospital in Topeka.")
    loc = where(tagger, text)
    assert (loc["name"], loc["admin1"]) == ("Fort Riley", "Kansas")


def test_a_los_angeles_district_the_city_list_lacks_is_its_own_place(tagger):
    text = "Two men were wounded outside a taco stand in Pacoima late Saturday, police said."
    loc = where(tagger, text)
    assert (loc["name"], loc["admin1"]) == ("Pacoima", "California")


# ---------------------------------------------------------------- URL state
def test_slug_state_reads_one_state_from_the_path():
    assert slug_state("http://www.examplestation.com/news/two-shot-in-greene-county-alabama/77") \
        == "Alabama"
    assert slug_state("http://www.example.com/2016/05/west-virginia-man-held/") == "West Virginia"
    assert slug_state("https://example.com/a/new-york/b") == "New York"


def test_slug_state_ignores_other_names_hosts_and_two_states():
    assert slug_state("http://example.com/news/kansas-city-bar-shooting") is None
    assert slug_state("http://example.com/news/washington-dc-teen-shot") is None
    assert slug_state("http://example.com/news/ohio-man-arrested-in-texas") is None
    assert slug_state("http://www.texasexample.com/news/teen-shot") is None  # host only
    assert slug_state("http://example.co.uk/news/texas-shooting") is None  # not a US site
    assert slug_state(None) is None


def test_the_url_state_settles_a_county_the_text_leaves_open(tagger):
    text = "Three people were shot at a party in Greene County early Sunday, deputies said."
    url = "http://www.examplestation.com/news/three-shot-at-party-in-greene-county-alabama/9"
    doc = tagger(Doc(id="t", text=text, url=url))
    assert document_admin1(doc) == "Alabama"
    assert where(tagger, text, url)["admin1"] == "Alabama"


# ---------------------------------------------------------------- datelines and outlets
def test_an_agency_in_brackets_may_stand_for_the_datelines_dash(tagger):
    text = ("Boy dies after shooting at home\n\nSELMA, Ala. (AP) Authorities say a boy has "
            "been fatally shot at a home in west Alabama.")
    doc = tagger(Doc(id="t", text=text))
    spans = {sp.text: sp.attrs for sp in doc.get("places")}
    assert spans["SELMA"]["dateline"] and spans["SELMA"]["admin1"] == "Alabama"


def test_sentences_that_name_only_the_state_take_the_dateline_town(tagger):
    title = "Montana rancher shot; Montana deputies seek suspect"
    text = (f"{title}\n\nFORSYTH, Mont. -- A Montana rancher was shot on Sunday, Montana "
            "authorities said.\n\nIt was the third shooting in Montana this month.")
    doc = tagger(Doc(id="t", text=text, title=title))
    second = text.index("It was")
    sentence = doc.span("sentences", second, len(text), "sentence", index=1, paragraph=1)
    loc = locate(doc, [sentence])
    assert loc is not None and (loc["name"], loc["admin1"]) == ("Forsyth", "Montana")


def test_a_local_stations_story_stays_home_against_a_surname_read_abroad(tagger):
    text = ("Teen shot in the arm by younger brother\n\nOGDEN — A 14-year-old boy was shot in "
            "the arm by his brother on Monday. Ogden Police Lt. Mark Sube said the boy would "
            "recover. Sube said the gun belonged to an uncle. \"It was a close call,\" Sube "
            "said. Sube asked parents to lock guns away. Sube added that no charges were filed.")
    doc = tagger(Doc(id="t", text=text, url="http://www.ksl.com/?sid=1"))
    assert ("Ogden", "Utah") in {(sp.attrs["name"], sp.attrs["admin1"])
                                 for sp in doc.get("places")}


# ---------------------------------------------------------------- investigating police
def test_one_officer_of_another_town_is_not_its_investigating_police(tagger):
    text = ("EVANSTON, Ill. -- A woman was shot outside a bar in Evanston on Friday. A Skokie "
            "police officer who was off duty helped her until medics came.")
    assert located(tagger, text)[1]["name"] == "Evanston"


def test_a_force_at_work_is_investigating():
    assert _investigating("Perris police said the man fled.", "Perris")
    assert _investigating("The Perris Police Department is investigating.", "Perris")
    assert not _investigating("Perris Police Chief Ann Lee spoke at the fair.", "Perris")
    assert not _investigating("He walked into the Perris police station.", "Perris")


def test_county_police_named_like_a_village_are_the_countys(tagger):
    text = ("HEMPSTEAD, N.Y. -- A man was shot while driving in Hempstead on Sunday, and Nassau "
            "police said they are looking for two men.")
    assert located(tagger, text)[1]["name"] == "Hempstead"


def test_a_citys_metropolitan_police_are_its_own():
    assert _investigating("Indianapolis Metropolitan Police said two men were held.",
                          "Indianapolis")
    assert _investigating("Nashville Metropolitan police are investigating.", "Nashville")


def test_a_county_named_in_many_states_is_the_metropolitan_one_when_nothing_else_tells(tagger):
    text = "A man was charged after his daughter was shot in Richland County, deputies said."
    assert where(tagger, text)["admin1"] == "South Carolina"
    # ... but any town of another state in the text still decides.
    text2 = text + " The family lives in Mansfield, Ohio."
    doc = tagger(Doc(id="t", text=text2))
    richland = next(sp for sp in doc.get("places") if sp.text == "Richland")
    assert richland.attrs["admin1"] == "Ohio"


# ---------------------------------------------------------------- headline towns
def test_a_small_town_before_a_persons_noun_opening_a_headline_is_the_town(tagger):
    title = "Millersburg man charged in shooting of neighbor"
    text = (f"{title}\nA man was charged on Tuesday after his neighbor was shot during an "
            "argument, state police in Pennsylvania said.")
    doc = tagger(Doc(id="t", text=text, title=title))
    assert "Millersburg" in {sp.text for sp in doc.get("places")}
    # (without the person's noun, a small town's name opening a sentence stays a word)
    doc = tagger(Doc(id="t", text="Millersburg said the shooting was an accident. Police in "
                     "Pennsylvania agreed."))
    assert "Millersburg" not in {sp.text for sp in doc.get("places")}


def test_the_hospitals_town_gives_way_to_the_shootings(tagger):
    text = ("A man was taken to Des Moines Medical Center after he was shot at a home in "
            "Ankeny on Friday, police said.")
    assert where(tagger, text)["name"] == "Ankeny"
    text = "A man was airlifted to Des Moines after he was shot at a home in Ankeny on Friday."
    assert where(tagger, text)["name"] == "Ankeny"
    # ... and is the answer when it is the only town named
    alone = "A man was taken to a Des Moines hospital after he was shot on Friday."
    assert where(tagger, alone)["name"] == "Des Moines"
