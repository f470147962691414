"""Which shared name words count as distinctive (match.Rarity), invented name counts."""

from __future__ import annotations

from fusion_fixtures import record

from sitrep.fuse.features import features
from sitrep.fuse.match import DOCS_KEY, Rarity, compare


def test_common_first_name_is_not_rare_in_a_young_archive():
    # 200 local news pages so far: a first name on 12 of them is common, though under the
    # store's absolute cap of 12; a surname on two of them is distinctive.
    rare = Rarity({DOCS_KEY: 200, "marcus": 12, "quillfeather": 2}, cap=12)
    assert "marcus" not in rare
    assert "quillfeather" in rare


def test_large_archive_keeps_the_absolute_cap():
    rare = Rarity({DOCS_KEY: 50000, "marcus": 12, "reading": 13}, cap=12)
    assert "marcus" in rare
    assert "reading" not in rare


def test_tiny_archive_still_lets_a_pair_of_pages_share_a_name():
    # Five documents: two telling one story share the victim's name (carried by both).
    rare = Rarity({DOCS_KEY: 5, "quillfeather": 2}, cap=2)
    assert "quillfeather" in rare


def test_young_archive_common_names_do_not_join_two_states():
    counts = {DOCS_KEY: 210, "marcus": 12, "hollis": 11}
    a = features(record("a", date="2021-03-02", lat=45.5, lon=-122.7, location="Alderbrook"), rid="a#0", doc_id="a",
                 names=["marcus", "hollis", "tansy", "orchard"])
    b = features(record("b", date="2021-03-02", lat=32.8, lon=-83.6, location="Pinecrest"), rid="b#0", doc_id="b",
                 names=["marcus", "hollis", "tansy", "ferrier"])
    for n in ("orchard", "ferrier"):
        counts[n] = 1
    counts["tansy"] = 2
    assert compare(a, b, Rarity(counts, cap=12)) is None
    # Read as distinctive (the absolute cap alone), the three names would have joined them
    # (places that conflict take one single-word name more than NAME_RULES).
    assert compare(a, b, {"marcus", "hollis", "tansy", "orchard", "ferrier"}) is not None
