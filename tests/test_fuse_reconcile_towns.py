"""Which town an event keeps when its reports name two towns equally often (invented
reports; real town names only for their gazetteer populations)."""

from __future__ import annotations

from fusion_fixtures import record

from sitrep.fuse.features import features
from sitrep.fuse.reconcile import Member, reconcile


def member(rec, doc, outlet):
    feats = features(rec, rid=f"{doc}#0", doc_id=doc, outlet=outlet)
    return Member(rid=f"{doc}#0", doc_id=doc, record=rec, outlet=outlet, source=feats["src"],
                  source_label=outlet)


def _us(doc, town, state, lat, lon, geo=1):
    return record(doc, location=town, admin1=state, country="United States", lat=lat, lon=lon,
                  geo=geo, etype="Violence against civilians", sub="Attack")


def test_town_tie_goes_to_the_smaller_town():
    # One wire names the state capital (as a landmark), another the small town beside it.
    big = member(_us("b", "Springfield", "Illinois", 39.80, -89.64), "b", "Invented Wire")
    small = member(_us("s", "Chatham", "Illinois", 39.68, -89.70), "s", "Other Wire")
    for order in ([big, small], [small, big]):
        assert reconcile(order).record.location == "Chatham"


def test_a_town_named_more_often_still_wins_over_a_smaller_one():
    big = [member(_us(d, "Springfield", "Illinois", 39.80, -89.64), d, f"Wire {d}")
           for d in ("b1", "b2")]
    small = member(_us("s", "Chatham", "Illinois", 39.68, -89.70), "s", "Other Wire")
    assert reconcile([small, *big]).record.location == "Springfield"


def test_the_local_outlets_city_comes_before_the_smaller_town():
    hsv = member(_us("h", "Huntsville", "Alabama", 34.73, -86.59), "h", "waff.com")
    other = member(_us("o", "Harvest", "Alabama", 34.86, -86.75), "o", "Invented Wire")
    for order in ([other, hsv], [hsv, other]):
        assert reconcile(order).record.location == "Huntsville"


def test_a_town_unknown_to_the_gazetteer_does_not_break_the_tie_rule():
    # An invented town (population unknown: 0) against a known one: still one answer,
    # whatever the order of the reports.
    known = member(_us("k", "Springfield", "Illinois", 39.80, -89.64), "k", "Invented Wire")
    made_up = member(_us("m", "Fernmoor", "Illinois", 39.75, -89.60), "m", "Other Wire")
    got = {reconcile(order).record.location for order in ([known, made_up], [made_up, known])}
    assert len(got) == 1
