"""Which value an event keeps when its reports disagree: the injured count on a tie, the
province against a homonym read in another one, a tie between two towns (invented reports;
real town names only for their gazetteer populations)."""

from __future__ import annotations

from fusion_fixtures import record

from sitrep.fuse.features import features
from sitrep.fuse.reconcile import Member, reconcile
from sitrep.record import Evidence


def member(rec, doc, outlet="Outlet X"):
    feats = features(rec, rid=f"{doc}#0", doc_id=doc, outlet=outlet)
    return Member(rid=f"{doc}#0", doc_id=doc, record=rec, outlet=outlet, source=feats["src"],
                  source_label=outlet)


def hurt(doc, n, *phrases, **kw):
    rec = record(doc, killed=(1, 1, 1), injured=(n, n, n), **kw)
    for p in phrases:
        rec.cite("injured", Evidence(doc, 0, len(p), p))
    return rec


def test_injured_tie_goes_to_the_count_stated_more_often():
    told = hurt("a", 3, "three wounded", "3 hurt", "all three taken to hospital")
    passing = hurt("b", 1, "a second man was hurt")
    ev = reconcile([member(passing, "b", "Paper B"), member(told, "a", "Paper A")])
    assert ev.record.injured_best == 3


def test_injured_tie_without_evidence_keeps_the_lower():
    ev = reconcile([member(hurt("a", 3), "a", "Paper A"), member(hurt("b", 2), "b", "Paper B")])
    assert ev.record.injured_best == 2


def test_majority_province_beats_a_homonym_read_elsewhere():
    # Two reports place it in Lakeshire's Fernmoor, one read "Fernmoor" in Dunhollow province.
    right = dict(location="Fernmoor", admin1="Lakeshire", lat=41.0, lon=-81.0)
    wrong = dict(location="Fernmoor", admin1="Dunhollow", lat=35.0, lon=-90.0)
    ev = reconcile([member(record("w", **wrong), "w", "Paper W"),
                    member(record("a", **right), "a", "Paper A"),
                    member(record("b", **right), "b", "Paper B")])
    assert ev.record.admin1 == "Lakeshire"
    assert ev.record.latitude == 41.0


def test_province_tie_keeps_the_most_precise_place():
    town = dict(location="Fernmoor", admin1="Lakeshire", lat=41.0, lon=-81.0, geo=1)
    region = dict(location="Dunhollow", admin1="Dunhollow", lat=35.0, lon=-90.0, geo=3)
    ev = reconcile([member(record("r", **region), "r", "Paper R"),
                    member(record("t", **town), "t", "Paper T")])
    assert ev.record.location == "Fernmoor"


def _us(doc, town, state, lat, lon):
    return record(doc, location=town, admin1=state, country="United States", lat=lat, lon=lon,
                  etype="Violence against civilians", sub="Attack")


def test_province_tie_goes_to_the_state_of_the_local_outlets():
    # One report reads "Madison" in Georgia, the other in Alabama; the Alabama station's
    # report and the station itself say Alabama.
    ga = member(_us("g", "Madison", "Georgia", 33.6, -83.5), "g", "Invented Wire")
    al = member(_us("a", "Madison", "Alabama", 34.7, -86.7), "a", "waff.com")
    for order in ([ga, al], [al, ga]):
        assert reconcile(order).record.admin1 == "Alabama"


def test_town_tie_goes_to_the_local_outlets_city():
    hsv = member(_us("h", "Huntsville", "Alabama", 34.73, -86.59), "h", "waff.com")
    other = member(_us("o", "Harvest", "Alabama", 34.86, -86.75), "o", "Invented Wire")
    for order in ([other, hsv], [hsv, other]):
        assert reconcile(order).record.location == "Huntsville"


def test_outlet_does_not_outvote_two_town_readings():
    al = member(_us("a", "Madison", "Alabama", 34.7, -86.7), "a", "waff.com")
    ga1 = member(_us("g1", "Madison", "Georgia", 33.6, -83.5), "g1", "Invented Wire")
    ga2 = member(_us("g2", "Madison", "Georgia", 33.6, -83.5), "g2", "Other Wire")
    assert reconcile([al, ga1, ga2]).record.admin1 == "Georgia"


def test_death_toll_tie_goes_to_the_figure_stated_more_often():
    def dead(doc, n, *phrases):
        rec = record(doc, killed=(n, n, n))
        for p in phrases:
            rec.cite("fatalities", Evidence(doc, 0, len(p), p))
        return rec

    # The fixture cites one sentence per record; one article states its toll twice more.
    told = dead("a", 2, "two men died", "both victims were pronounced dead")
    ev = reconcile([member(dead("b", 3), "b", "Paper B"), member(told, "a", "Paper A")])
    assert ev.record.fatalities == 2 and ev.record.fatalities_best == 2


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


def test_a_town_unknown_to_the_gazetteer_does_not_break_the_tie_rule():
    # An invented town (population unknown: 0) against a known one: still one answer,
    # whatever the order of the reports.
    known = member(_us("k", "Springfield", "Illinois", 39.80, -89.64), "k", "Invented Wire")
    made_up = member(_us("m", "Fernmoor", "Illinois", 39.75, -89.60), "m", "Other Wire")
    got = {reconcile(order).record.location for order in ([known, made_up], [made_up, known])}
    assert len(got) == 1


def test_articles_telling_only_the_dead_vote_no_wounded():
    # Two papers tell one man shot dead and nothing of wounded; a third counts a wounded
    # man too (the victim, read before he died). The two silent papers outvote it.
    dead_only = [record(d, killed=(1, 1, 1)) for d in ("a", "b")]
    also_hurt = record("c", killed=(1, 1, 1), injured=(1, 1, 1))
    ev = reconcile([member(also_hurt, "c", "Paper C"), member(dead_only[0], "a", "Paper A"),
                    member(dead_only[1], "b", "Paper B")])
    assert ev.record.injured_best == 0
    # the range spans both readings
    assert ev.record.injured_low == 0 and ev.record.injured_high == 1


def test_a_wounded_count_told_as_often_as_silence_stands():
    ev = reconcile([member(record("a", killed=(1, 1, 1)), "a", "Paper A"),
                    member(record("b", killed=(1, 1, 1), injured=(2, 2, 2)), "b", "Paper B")])
    assert ev.record.injured_best == 2


def test_articles_telling_only_wounded_vote_no_dead():
    wounded_only = [record(d, injured=(3, 3, 3)) for d in ("a", "b")]
    one_dead = record("c", killed=(1, 1, 1), injured=(2, 2, 2))
    ev = reconcile([member(one_dead, "c", "Paper C"), member(wounded_only[0], "a", "Paper A"),
                    member(wounded_only[1], "b", "Paper B")])
    assert ev.record.fatalities_best == 0
    assert ev.record.fatalities == 0
