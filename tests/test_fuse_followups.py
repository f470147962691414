"""How many shared distinctive names join reports dated apart (match.NAME_RULES), with
invented reports: a follow-up a month later must share more than the police spokesman,
the county and the hospital that every story of its city names."""

from __future__ import annotations

from fusion_fixtures import record

from sitrep.fuse.features import features
from sitrep.fuse.match import compare


def f(doc_id, date, names, location, lat, lon):
    rec = record(doc_id, date=date, location=location, lat=lat, lon=lon,
                 etype="Violence against civilians", sub="Attack")
    return features(rec, rid=f"{doc_id}#0", doc_id=doc_id, names=names)


# Two towns of one province, 80 km apart: the extracted places conflict, so only names join,
# and they need one name more than NAME_RULES says (single words, no full name: see compare).
A = ("Ostrava Mills", 40.00, -80.00)
B = ("Kettle Ridge", 40.70, -80.00)


def test_two_names_join_reports_a_day_or_two_apart():
    a = f("a", "2022-06-10", ["velma", "quorrin", "tavish", "ebbsley"], *A)
    b = f("b", "2022-06-12", ["velma", "quorrin", "tavish", "dunmore"], *B)
    assert compare(a, b) is not None
    # Where the places conflict, two single words alone do not: they are as often a phrase
    # two stories share as the victim's name.
    c = f("c", "2022-06-12", ["velma", "quorrin", "dunmore"], *B)
    assert compare(a, c) is None
    # A shared full name is the victim's: it is enough.
    d = f("d", "2022-06-10", ["velma", "quorrin", "~velma quorrin"], *A)
    e = f("e", "2022-06-12", ["velma", "quorrin", "~velma quorrin", "dunmore"], *B)
    assert compare(d, e) is not None


def test_three_days_apart_two_names_are_not_enough():
    a = f("a", "2022-06-10", ["velma", "quorrin", "tavish", "ebbsley"], *A)
    b = f("b", "2022-06-13", ["velma", "quorrin", "tavish", "dunmore"], *B)
    assert compare(a, b) is None
    c = f("c", "2022-06-13", ["velma", "quorrin", "tavish", "ebbsley", "dunmore"], *B)
    assert compare(a, c) is not None


def test_month_later_follow_up_needs_five_names():
    names = ["velma", "quorrin", "tavish", "brellow", "sandine", "ebbsley"]
    a = f("a", "2022-06-10", names + ["hollet"], *A)
    five = f("b", "2022-06-30", names[:5] + ["mardle"], *B)
    six = f("c", "2022-06-30", names + ["mardle"], *B)
    assert compare(a, five) is None
    assert compare(a, six) is not None
