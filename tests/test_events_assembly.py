"""The event component on invented articles: main event first, history and tolls kept apart,
every value traceable to its span."""

import datetime as dt

import pytest

from sitrep.ingest import make_doc
from sitrep.pipeline import default_pipeline


@pytest.fixture(scope="module")
def nlp():
    return default_pipeline()


def run(nlp, text, published="2023-03-11", title=None):
    doc = make_doc("t", text, title=title, published=published)
    return nlp(doc)


def test_main_event_fields_and_provenance(nlp):
    doc = run(
        nlp,
        "Warplanes pound desert hideouts\n\n"
        "At least 12 Islamic State fighters were killed on Friday when Russian warplanes bombed "
        "their hideouts near Palmyra in Homs province, the Syrian Observatory for Human Rights said.",
    )
    events = [e for e in doc.events if e.status == "event"]
    assert events, "an air strike with a toll must give an event"
    main = events[0]
    assert main.event_type == "Explosions/Remote violence"
    assert main.sub_event_type == "Air/drone strike"
    assert main.fatalities == 12 and main.fatalities_low == 12
    assert main.event_date == "2023-03-10"
    assert main.country == "Syria" and main.admin1 == "Homs"
    assert "Russia" in (main.actor1 or "")
    assert any(c.source == "Syrian Observatory for Human Rights" for c in main.claims)
    # Every evidence span points at the text it quotes.
    for spans in main.evidence.values():
        for ev in spans:
            assert doc.text[ev.start:ev.end] == ev.text
            assert ev.sentence_start <= ev.start and ev.end <= ev.sentence_end


def test_history_and_cumulative_tolls_are_not_events(nlp):
    doc = run(
        nlp,
        "Years of war in the north\n\n"
        "The group was driven out of the city in 2017 after a long siege. "
        "Since then, more than 4,000 people have been killed in the province, according to "
        "a local monitor.",
    )
    assert not [e for e in doc.events if e.status == "event" and e.fatalities >= 4000]


def test_non_conflict_news_gives_no_event(nlp):
    doc = run(
        nlp,
        "Floods sweep through river valley\n\n"
        "Heavy rain caused the river to burst its banks on Thursday, flooding dozens of homes. "
        "Officials said aid would arrive at the weekend.",
    )
    assert [e for e in doc.events if e.status == "event"] == []


def test_two_distinct_strikes_on_different_days_stay_apart(nlp):
    doc = run(
        nlp,
        "Strikes hit two provinces\n\n"
        "On Monday, Russian jets struck a village near Ariha in Idlib province, killing three "
        "civilians, rescuers said.\n\n"
        "On Thursday, a separate air strike near Jisr al-Shughur killed five fighters of Hayat "
        "Tahrir al-Sham, the monitor said.",
        published="2023-03-11",
    )
    dates = {e.event_date for e in doc.events if e.status == "event"}
    assert {"2023-03-06", "2023-03-09"} <= dates


def test_event_ids_are_stable(nlp):
    text = "Clash in the hills\n\nSoldiers and militants exchanged fire near Elwak on Sunday, killing two."
    a = run(nlp, text, published="2023-05-08")
    b = run(nlp, text, published="2023-05-08")
    assert [e.event_id for e in a.events] == [e.event_id for e in b.events]
    assert dt.date.fromisoformat(a.events[0].event_date) == dt.date(2023, 5, 7)


def test_next_sentence_figures_belong_to_the_event_it_continues(nlp):
    doc = run(
        nlp,
        "Militants raided the village of Kipini near the coast on Tuesday. They set fire to "
        "several houses and killed three people.",
        published="2023-05-10",
    )
    events = [e for e in doc.events if e.status == "event"]
    assert len(events) == 1
    assert events[0].fatalities == 3


def test_an_event_placed_in_one_country_is_not_coded_at_another_countrys_province():
    from sitrep.ingest.build import make_doc
    from sitrep.pipeline import extract

    doc = make_doc("t", "Fighters attacked a prison in Syria on Monday, killing four guards.\n\n"
                        "A reporter from Tulsa, Oklahoma, said viewers in Oklahoma City and "
                        "Norman, Oklahoma, followed the story.",
                   title="Prison attacked in Syria", published="2022-01-24")
    extract(doc)
    assert doc.admin1 == "Oklahoma"  # what the page talks most about
    ev = doc.events[0]
    assert ev.country == "Syria" and ev.admin1 != "Oklahoma"


def test_news_is_judged_old_against_the_pages_own_date_not_a_later_crawl(nlp):
    # The page's own header dates it in June; the input gives the day it was crawled, months
    # later. "on March 28" is old news against November, but this week's news against June.
    text = ("Posted: Tuesday, June 2, 2015 7:40 AM EDT\n\n"
            "Gunmen killed three farmers in an attack on their village in Kitui County on "
            "Sunday, police said.")
    doc = run(nlp, text, published="2015-11-20")
    events = [e for e in doc.events if e.status == "event"]
    assert events and events[0].event_date == "2015-05-31"
    assert events[0].fatalities == 3


def test_an_event_placed_only_in_a_city_unit_is_in_its_city(nlp):
    # The District of Columbia is a first-level unit that is one city: the event's town-level
    # location is that city, as for any event placed in a town.
    text = ("Two men were shot and wounded in a drive-by shooting in the District of Columbia "
            "on Sunday night, police said.")
    doc = run(nlp, text, published="2016-05-02")
    main = next(e for e in doc.events if e.status == "event")
    assert main.admin1 == "District of Columbia"
    assert main.location == "Washington" and main.geo_precision == 1
