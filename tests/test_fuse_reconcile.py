"""Reconciliation, contradictions and grading of fused events (invented reports)."""

from __future__ import annotations

from fusion_fixtures import record

from sitrep.fuse.features import features
from sitrep.fuse.reconcile import Member, outlet_name, reconcile


def member(rec, doc, outlet="Outlet " + "X", copy_of=None):
    src = next((c.source for c in rec.claims if c.source), None) or outlet
    feats = features(rec, rid=f"{doc}#0", doc_id=doc, outlet=outlet)
    return Member(rid=f"{doc}#0", doc_id=doc, record=rec, outlet=outlet, copy_of=copy_of,
                  source=feats["src"], source_label=src)


def test_at_least_and_exact_agree_but_4_and_7_contradict():
    agree = reconcile([member(record("a", killed=(21, 21, None), source="Monitor"), "a", "A"),
                       member(record("b", killed=(21, 21, 21), source="Ministry"), "b", "B")])
    assert agree.extras["contradictions"] == []
    assert agree.record.fatalities == 21
    differ = reconcile([member(record("a", killed=(4, 4, 4), source="Monitor"), "a", "A"),
                        member(record("b", killed=(7, 7, 7), source="Rescuers"), "b", "B")])
    (c,) = differ.extras["contradictions"]
    assert c["field"] == "fatalities"
    assert {s["value"] for s in c["sides"]} == {"4", "7"}
    assert differ.record.fatalities == 4  # ACLED: the lowest reported
    assert (differ.record.fatalities_low, differ.record.fatalities_high) == (4, 7)


def test_two_outlets_quoting_one_monitor_are_one_source():
    ev = reconcile([member(record("a", source="The Monitor"), "a", "Paper A"),
                    member(record("b", source="The Monitor"), "b", "Paper B")])
    assert ev.extras["n_outlets"] == 2
    assert ev.extras["n_original_sources"] == 1
    assert ev.extras["grade"] == "weak"


def test_two_independent_sources_are_fair_and_copy_does_not_count():
    ev = reconcile([member(record("a", source="Monitor"), "a", "A"),
                    member(record("b", source="Rescuers"), "b", "B")])
    assert ev.extras["grade"] == "fair"
    copy = reconcile([member(record("a"), "a", "A"), member(record("c"), "c", "A", copy_of="a")])
    assert copy.extras["n_original_sources"] == 1
    assert copy.extras["n_outlets"] == 1
    assert copy.extras["copies"] == ["c"]


def test_actor_acknowledgement_confirms_and_denial_contests():
    ack = reconcile([member(record("a", actor1="Military Forces of Russia (2000-)",
                                   source="Russia Defence Ministry", modality="claimed"), "a")])
    assert ack.extras["grade"] == "confirmed"
    denied = reconcile([member(record("a", source="Monitor"), "a", "A"),
                        member(record("b", source="Turkish Defence Ministry",
                                      actor1="Military Forces of Turkey (2016-)",
                                      modality="denied"), "b", "B")])
    assert denied.extras["grade"] == "contested"


def test_narrowest_date_and_most_precise_place():
    ev = reconcile([
        member(record("a", date="2023-05-01", date_end="2023-05-31", precision=3, geo=3,
                      location="Idlib", lat=35.9, lon=36.6), "a", "A"),
        member(record("b", date="2023-05-04"), "b", "B"),
    ])
    assert (ev.record.date_start, ev.record.date_end, ev.record.time_precision) == (
        "2023-05-04", "2023-05-04", 1)
    assert ev.record.location == "Saraqib" and ev.record.geo_precision == 1


def test_outlet_name_unwraps_archive_urls():
    url = "http://web.archive.org/web/2014/http://www.example-news.com:80/story/1"
    assert outlet_name(url) == "example-news.com"
    assert outlet_name("Levant Wire") == "Levant Wire"


def test_a_force_and_its_air_force_are_not_a_dispute_over_who_did_it():
    ev = reconcile([
        member(record("a", actor1="Military Forces of Russia (2000-)", source="Monitor"),
               "a", "A"),
        member(record("b", actor1="Military Forces of Russia (2000-) Air Force",
                      source="Monitor"), "b", "B")])
    assert [c for c in ev.extras["contradictions"] if c["field"] == "actor1"] == []
    assert ev.extras["grade"] == "weak"
    two = reconcile([
        member(record("a", actor1="Military Forces of Russia (2000-)", source="Monitor"),
               "a", "A"),
        member(record("b", actor1="Military Forces of Turkey (2016-)", source="Monitor"),
               "b", "B")])
    assert two.extras["grade"] == "contested"


def test_the_toll_most_articles_give_outweighs_one_early_report():
    ev = reconcile([member(record("a", killed=(1, 1, 1), source="Neighbours"), "a", "A"),
                    member(record("b", killed=(2, 2, 2), source="Police"), "b", "B"),
                    member(record("c", killed=(2, 2, 2), source="Hospital"), "c", "C")])
    assert ev.record.fatalities == 2 and ev.record.fatalities_best == 2
    assert ev.record.fatalities_low == 1  # the range still shows the early figure
    tie = reconcile([member(record("a", killed=(4, 4, 4), source="Monitor"), "a", "A"),
                     member(record("b", killed=(7, 7, 7), source="Rescuers"), "b", "B")])
    assert tie.record.fatalities == 4 and tie.record.fatalities_best == 7


def test_the_day_most_articles_give_is_the_event_date():
    ev = reconcile([member(record("a", date="2023-05-04"), "a", "A"),
                    member(record("b", date="2023-05-04"), "b", "B"),
                    member(record("c", date="2023-05-09"), "c", "C")])
    assert ev.record.event_date == "2023-05-04"
    # A tie goes to the earlier day: a follow-up article is dated later, not earlier.
    tie = reconcile([member(record("a", date="2023-05-09"), "a", "A"),
                     member(record("b", date="2023-05-04"), "b", "B")])
    assert tie.record.event_date == "2023-05-04"


def test_injured_comes_from_the_reports_that_agree_on_the_death_toll():
    # The early report's wounded man is the later reports' dead man: 1 killed, 0 injured.
    ev = reconcile([
        member(record("a", killed=(0, 0, 0), injured=(1, 1, 1), source="Neighbours"), "a", "A"),
        member(record("b", killed=(1, 1, 1), injured=(0, 0, 0), source="Police"), "b", "B"),
        member(record("c", killed=(1, 1, 1), source="Coroner"), "c", "C"),
    ])
    assert (ev.record.fatalities, ev.record.injured_best) == (1, 0)
    # Without reports that agree on the death toll every report's injured figure counts.
    alone = reconcile([
        member(record("a", killed=(2, 2, 2), injured=(3, 3, 3), source="Police"), "a", "A"),
        member(record("b", injured=(3, 3, 3), source="Hospital"), "b", "B"),
    ])
    assert alone.record.injured_best == 3


def test_equally_supported_injured_counts_give_the_lower():
    tie = reconcile([member(record("a", injured=(4, 4, 4), source="Police"), "a", "A"),
                     member(record("b", injured=(3, 3, 3), source="Hospital"), "b", "B")])
    assert tie.record.injured_best == 3
    assert (tie.record.injured_low, tie.record.injured_high) == (3, 4)


def test_equally_supported_wounded_and_none_give_the_wounded():
    tie = reconcile([member(record("a", injured=(2, 2, 2), source="Police"), "a", "A"),
                     member(record("b", injured=(0, 0, 0), source="Hospital"), "b", "B")])
    assert tie.record.injured_best == 2
