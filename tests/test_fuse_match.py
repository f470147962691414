"""Pairwise matching rules of cross-report fusion (invented reports)."""

from __future__ import annotations

from fusion_fixtures import record

from sitrep.fuse.features import features, figure_interval, intervals_agree
from sitrep.fuse.match import compare, event_score


def f(rec, doc="x"):
    return features(rec, rid=f"{doc}#0", doc_id=doc)


def test_figure_intervals_respect_wording():
    assert figure_interval(21, 21, 21) == [21, 21]
    assert figure_interval(21, 21, None) == [21, None]  # "at least 21"
    assert figure_interval(None, 21, None) == [21, 21]
    assert intervals_agree(figure_interval(21, 21, None), figure_interval(21, 21, 21)) is True
    assert intervals_agree([4, 4], [7, 7]) is False
    assert intervals_agree(None, [7, 7]) is None


def test_same_strike_two_outlets_matches():
    a = f(record("a", killed=(4, 4, 4)), "a")
    b = f(record("b", killed=(7, 7, 7), lat=35.9, lon=36.75, date="2023-05-05"), "b")
    assert compare(a, b) is not None and compare(a, b) > 0.55


def test_day_tolerance_is_one_day():
    a = f(record("a", date="2023-05-04"), "a")
    assert compare(a, f(record("b", date="2023-05-05"), "b")) is not None
    assert compare(a, f(record("b", date="2023-05-07"), "b")) is None


def test_month_range_overlaps_day():
    a = f(record("a", date="2023-05-01", date_end="2023-05-31", precision=3), "a")
    assert compare(a, f(record("b", date="2023-05-20"), "b")) is not None
    assert compare(a, f(record("b", date="2023-06-20"), "b")) is None


def test_different_admin1_at_town_precision_conflicts():
    a = f(record("a", location="Town A", admin1="Idlib", lat=35.9, lon=36.6), "a")
    b = f(record("b", location="Town B", admin1="Aleppo", lat=36.0, lon=36.7), "b")
    assert compare(a, b) is None


def test_desert_regions_in_same_admin1_match():
    a = f(record("a", location="Homs desert", admin1="Homs", lat=34.6, lon=37.5, geo=3), "a")
    b = f(record("b", location="Palmyra desert", admin1="Homs", lat=34.55, lon=38.6, geo=3), "b")
    assert compare(a, b) is not None


def test_far_towns_conflict():
    a = f(record("a", location="Near", lat=35.0, lon=36.0), "a")
    b = f(record("b", location="Far", lat=36.0, lon=37.0), "b")
    assert compare(a, b) is None


def test_conflicting_types_and_actors_stay_apart():
    strike = f(record("a"), "a")
    protest = f(record("b", etype="Protests", sub="Peaceful protest", actor1="Protesters (Syria)"),
                "b")
    assert compare(strike, protest) is None
    other_actor = f(record("c", actor1="Military Forces of Syria (2000-)"), "c")
    assert compare(strike, other_actor) is None
    unknown = f(record("d", actor1="Unidentified Armed Group (Syria)"), "d")
    assert compare(strike, unknown) is not None


def test_battle_and_shelling_are_compatible():
    a = f(record("a", etype="Battles", sub="Armed clash"), "a")
    b = f(record("b"), "b")
    assert compare(a, b) is not None


def test_wildly_different_tolls_conflict():
    a = f(record("a", killed=(2, 2, 2)), "a")
    assert compare(a, f(record("b", killed=(40, 40, 40)), "b")) is None
    assert compare(a, f(record("b", killed=(3, 3, 3)), "b")) is not None


def _undated_regional(doc, **kw):
    rec = record(doc, location="Homs", admin1="Homs", lat=34.72, lon=36.72, geo=3, **kw)
    rec.event_date = rec.date_start = rec.date_end = None
    rec.time_precision = None
    return f(rec, doc)


def test_undated_province_level_reports_do_not_join_on_structure_alone():
    dated = f(record("a", location="Homs", admin1="Homs", lat=34.72, lon=36.72, geo=3,
                     killed=(21, 21, 21)), "a")
    other_toll = _undated_regional("b", killed=(8, 8, 8))
    s = compare(dated, other_toll)
    assert s is not None and s < 0.55
    # The same exact toll, large enough to be telling, is evidence enough.
    same_toll = _undated_regional("c", killed=(21, 21, 21))
    assert compare(dated, same_toll) > 0.55


def test_multi_province_event_meets_a_report_of_one_of_its_provinces():
    many = record("a", location="Aleppo", admin1="Aleppo", lat=36.2, lon=37.15, geo=3,
                  killed=(21, 21, 21))
    many.regions = ["Aleppo", "Hama", "Raqqa", "Homs", "Deir ez-Zor"]
    one = f(record("b", location="Deir ez-Zor", admin1="Deir ez-Zor", lat=35.33, lon=40.14,
                   geo=3, killed=(21, 21, 21)), "b")
    assert compare(f(many, "a"), one) is not None
    many.regions = []
    assert compare(f(many, "a"), one) is None  # 300 km apart, two provinces


def test_a_force_and_its_branch_are_one_actor():
    a = f(record("a", actor1="Military Forces of Russia (2000-)"), "a")
    b = f(record("b", actor1="Military Forces of Russia (2000-) Air Force"), "b")
    c = f(record("c", actor1="Military Forces of Turkey (2016-)"), "c")
    assert compare(a, b) is not None
    assert compare(a, c) is None


def _named(rec, doc, names, outlet=None):
    return features(rec, rid=f"{doc}#0", doc_id=doc, names=names, outlet=outlet)


def test_unnamed_reports_a_day_apart_in_different_towns_stay_apart():
    # Two neighbourhoods of one city, 10 km apart, one day apart, nothing named in common.
    a = f(record("a", location="Quarter A", lat=35.86, lon=36.80, injured=(1, 1, 1)), "a")
    b = f(record("b", location="Quarter B", lat=35.90, lon=36.90, date="2023-05-05",
                 injured=(1, 1, 1)), "b")
    s = compare(a, b)
    assert s is not None and s < 0.55
    # The same day, they may still be one event told twice.
    c = f(record("c", location="Quarter B", lat=35.90, lon=36.90, injured=(1, 1, 1)), "c")
    assert compare(a, c) > 0.55


def test_report_placed_only_in_the_country_does_not_join_on_date_and_type():
    a = f(record("a", injured=(1, 1, 1)), "a")
    nowhere = f(record("b", location=None, admin1=None, lat=None, lon=None, geo=None,
                       injured=(1, 1, 1)), "b")
    s = compare(a, nowhere)
    assert s is not None and s < 0.55


def test_block_address_and_full_name_evidence():
    base = record("a")
    # One shared address within three days is enough (it counts as two names).
    a = f(record("a"), "a")
    a["names"] = ["@4800 varrow", "kolvane"]
    b = f(record("b", date="2023-05-06", location="Elsewhere", lat=36.4, lon=37.4), "b")
    b["names"] = ["@4800 varrow", "pell"]
    assert compare(a, b) is not None and compare(a, b) > 0.55
    # A full name counts only when its words do not count by themselves.
    c = f(base, "c")
    c["names"] = ["~tamsin brady", "tamsin", "brady"]
    d = f(record("d", date="2023-05-06", location="Elsewhere", lat=36.4, lon=37.4), "d")
    d["names"] = ["~tamsin brady", "tamsin", "brady"]
    rare = {"~tamsin brady"}  # only the full name is distinctive: one name, places far apart
    assert compare(c, d, rare) is None
    rare = {"~tamsin brady", "tamsin", "brady"}  # two words: the same story
    assert compare(c, d, rare) > 0.55


def test_same_outlet_pages_need_their_names_within_a_week():
    names = ["kolvane", "orvik", "tamsin", "brady", "pell", "quill", "asta"]
    a = _named(record("a"), "a", names, outlet="Invented Wire")
    later = record("b", date="2023-06-20", location="Elsewhere", lat=36.4, lon=37.4)
    assert compare(a, _named(later, "b", names, outlet="Other Paper")) > 0.55
    # The same names on another page of the same outlet six weeks on: its page furniture.
    assert compare(a, _named(later, "b", names, outlet="Invented Wire")) is None


def test_a_conflicting_member_counts_against_the_event():
    a = f(record("a", killed=(2, 2, 2)), "a")
    good = f(record("b", killed=(2, 2, 2), actor1=None, location="Near", lat=35.95, lon=36.9),
             "b")
    other = f(record("c", date="2023-04-01", killed=(2, 2, 2)), "c")
    assert 0.55 < compare(a, good) < 0.85
    assert event_score(a, [good]) > 0.55
    assert event_score(a, [good, other]) < 0.55
    # A report matching one member perfectly still joins.
    assert event_score(a, [f(record("e", killed=(2, 2, 2)), "e"), other]) > 0.55
    # ... while it does not veto an event most of whose members agree.
    assert event_score(a, [good, dict(good, doc="d", rid="d#0"), other]) > 0.55
