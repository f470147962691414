"""US city quarters, county words and counties without a town (invented sentences)."""

from __future__ import annotations

from sitrep.doc import Doc
from sitrep.pipeline import default_pipeline


def event_place(text: str, url: str | None = None) -> tuple[str | None, str | None]:
    """(location, admin1) of the main event of ``text``."""
    title = text.split("\n", 1)[0]
    doc = default_pipeline()(Doc(id="t", text=text, title=title, url=url))
    assert doc.events, text
    return doc.events[0].location, doc.events[0].admin1


def test_quarter_dateline_in_the_city_paper_is_the_city() -> None:
    text = ("Four wounded at backyard party\n\nAUSTIN — Gunmen fired into a backyard party at "
            "an Austin home early Sunday, wounding four men, police said.")
    assert event_place(text, "https://www.dnainfo.com/chicago/20160101/austin/party") == (
        "Chicago", "Illinois")


def test_quarter_name_elsewhere_stays_the_town() -> None:
    text = ("Four wounded at backyard party\n\nAUSTIN — Gunmen fired into a backyard party at "
            "an Austin home early Sunday, wounding four men, police said. A Chicago man was "
            "arrested.")
    assert event_place(text, "https://www.kxan.com/news/party") == ("Austin", "Texas")


def test_quarter_with_its_city_named() -> None:
    text = ("Man shot in Englewood\n\nA man was shot in the leg in Englewood on Monday night, "
            "Chicago police said.")
    assert event_place(text)[0] == "Chicago"


def test_new_york_quarter_is_its_borough() -> None:
    text = ("Three hurt outside deli in East Flatbush\n\nThree people were shot outside a deli "
            "in East Flatbush, Brooklyn, on Saturday evening, officers said.")
    assert event_place(text)[0] == "Brooklyn"


def test_district_quarter_filed_from_its_city() -> None:
    text = ("Boy shot in Hill District\n\nPITTSBURGH, Pa. — A boy was shot in the foot in the "
            "Hill District on Monday afternoon, officers said.")
    assert event_place(text) == ("Pittsburgh", "Pennsylvania")


def test_district_is_no_us_county_word() -> None:
    # "Hill District" is no Hill County (Montana or Texas).
    text = ("Teen hurt in Hill District shooting\n\nA teenager was shot on a porch in the Hill "
            "District on Friday, officers said.")
    loc, admin1 = event_place(text)
    assert admin1 not in ("Montana", "Texas")


def test_upper_case_county_dateline_takes_its_state() -> None:
    text = ("Deputies probe shooting\n\nMADISON COUNTY, Ky. (WXXX) — Deputies say a man was "
            "shot in the arm at a farm on Friday.")
    assert event_place(text)[1] == "Kentucky"


def test_county_for_a_homonym_gives_way_to_the_named_town() -> None:
    # "Fuller" is no town of Illinois: the county stands in, and Chicago, named, is its town.
    text = ("Three killed at Fuller Park cookout\n\nThree people were killed at a cookout in "
            "the Fuller Park neighborhood, according to Chicago police. A Cook County judge "
            "denied bail on Monday.")
    assert event_place(text)[0] == "Chicago"


def test_metropolitan_county_alone_is_its_city() -> None:
    text = ("Boy wounded in Harris County\n\nA boy was wounded inside a home in northwest "
            "Harris County, Texas, on Friday, the sheriff's office said.")
    assert event_place(text) == ("Houston", "Texas")


def test_rural_county_alone_is_its_main_town() -> None:
    text = ("Girl hurt in Barrow County\n\nBarrow County deputies are looking into the shooting "
            "of a girl at a home in Barrow County, Georgia, on Sunday.")
    assert event_place(text) == ("Winder", "Georgia")


def test_state_only_story_of_a_city_outlet_is_its_city() -> None:
    text = ("Man killed in drive-by\n\nA man was killed and a boy was hurt in a drive-by "
            "shooting on Saturday night, officers said.")
    assert event_place(text, "https://www.ajc.com/news/crime/drive-by/abc123/") == (
        "Atlanta", "Georgia")


def test_state_only_story_of_a_state_outlet_keeps_the_state() -> None:
    text = ("Man killed in drive-by\n\nA man was killed in a drive-by shooting in Georgia on "
            "Saturday night, officers said.")
    assert event_place(text, "https://www.georgiastatenews.com/news/abc123/")[0] == "Georgia"


def test_headline_word_is_no_first_name() -> None:
    # "Hurt" (a Virginia hamlet) before "Bellflower" is the headline's word, not a first
    # name making Bellflower a surname: the text writes "hurt" in lower case too.
    text = ("2 Dead, 4 Hurt Bellflower Bakery Shooting\n\nTwo people were killed and four "
            "others hurt when a gunman opened fire inside a Bellflower bakery, deputies said.")
    assert event_place(text)[0] == "Bellflower"


def test_unlisted_dateline_town_with_its_state() -> None:
    # No list knows "Quillbrook": the dateline gives it with its state.
    text = ("Three hurt in late-night shooting\n\nQUILLBROOK, Mo. (KXYZ) — Three people were "
            "taken to hospitals after a shooting late on Monday, police said.")
    assert event_place(text) == ("Quillbrook", "Missouri")


def test_unknown_capitalised_line_without_a_state_is_no_town() -> None:
    text = ("Three hurt in late-night shooting\n\nBREAKING — Three people were taken to "
            "hospitals after a shooting late on Monday in Dallas, police said.")
    assert event_place(text) == ("Dallas", "Texas")


def test_dateline_after_joined_boilerplate_line() -> None:
    # The scrape joined a site notice and the story's dateline on one line.
    text = ("Girl shot in the arm\n\nPlease turn off your ad blocker to keep reading.  "
            "OGDEN — A girl was shot in the arm on Monday evening, police said.")
    assert event_place(text) == ("Ogden", "Utah")



def test_hyphenated_quarter_is_its_city() -> None:
    # "Belair" alone reads as Bel Air, Maryland; "Belair-Edison" is a Baltimore quarter.
    text = ("Man hurt in Baltimore shooting\n\nA man was wounded on Monday night in the "
            "Belair-Edison area, Baltimore police said.")
    assert event_place(text) == ("Baltimore", "Maryland")


def test_small_town_dateline_opening_the_story() -> None:
    text = ("Three found dead in home\n\nSNELLVILLE — Officers are looking for a gunman after "
            "three people were found dead in a home on Sunday night.")
    assert event_place(text) == ("Snellville", "Georgia")


def test_the_investigating_town_police_say_where() -> None:
    text = ("Car sought in drive-by found in Menifee\n\nPerris police are asking for help after "
            "a drive-by shooting on Sunday; the suspects' car was later found in Menifee. Five "
            "people were shot outside a restaurant.")
    assert event_place(text) == ("Perris", "California")


def test_town_with_its_own_police_keeps_them() -> None:
    text = ("Man shot in Menifee\n\nA man was shot outside a store in Menifee on Sunday, Menifee "
            "police said. Perris police helped search for the car.")
    assert event_place(text)[0] == "Menifee"


def test_state_only_story_of_a_florida_city_outlet() -> None:
    # Florida has small towns named "Florida": the state's name is still only the state.
    text = ("Two killed in crash shooting\n\nTwo people were killed in a shooting early Monday, "
            "the Florida Highway Patrol said.")
    assert event_place(text, "https://www.nbcmiami.com/news/local/two-killed/") == (
        "Miami", "Florida")


def test_city_named_for_its_suburbs_gives_way_to_the_suburb() -> None:
    text = ("Two shot dead in Atlanta suburbs\n\nOfficers are looking for a gunman after two "
            "people were found shot in a home in the Atlanta suburbs. The house in Snellville "
            "was locked.")
    assert event_place(text)[0] == "Snellville"


def test_a_big_city_told_plainly_stays_itself() -> None:
    text = "Man shot\n\nA man was shot in Atlanta on Monday night. He lives in Snellville."
    assert event_place(text)[0] == "Atlanta"
