"""B-cubed on small clusterings whose scores are worked out by hand."""

import pytest

from sitrep.eval.bcubed import bcubed


def test_perfect_clustering() -> None:
    gold = {"a": ["1"], "b": ["1"], "c": ["2"]}
    pred = {"a": ["x"], "b": ["x"], "c": ["y"]}
    assert bcubed(gold, pred) == (1.0, 1.0, 1.0)


def test_textbook_example() -> None:
    # gold {a,b} {c}; predicted {a} {b,c}.
    # precision: a 1, b 1/2, c 1/2 -> 2/3; recall: a 1/2, b 1/2, c 1 -> 2/3.
    p, r, f = bcubed({"a": ["1"], "b": ["1"], "c": ["2"]}, {"a": ["x"], "b": ["y"], "c": ["y"]})
    assert p == pytest.approx(2 / 3)
    assert r == pytest.approx(2 / 3)
    assert f == pytest.approx(2 / 3)


def test_missing_items_are_singletons() -> None:
    # gold {a,b,c,d}; nothing predicted: precision 1, recall 1/4 for everyone.
    gold = {k: ["g"] for k in "abcd"}
    p, r, f = bcubed(gold, {})
    assert p == 1.0
    assert r == pytest.approx(0.25)
    assert f == pytest.approx(0.4)


def test_everything_in_one_cluster() -> None:
    # gold {a,b} {c} {d}; predicted one cluster: precision (1/2+1/2+1/4+1/4)/4 = 3/8.
    gold = {"a": ["1"], "b": ["1"], "c": ["2"], "d": ["3"]}
    p, r, _ = bcubed(gold, {k: ["all"] for k in "abcd"})
    assert p == pytest.approx(3 / 8)
    assert r == 1.0


def test_item_under_two_gold_labels() -> None:
    # a belongs to incidents 1 and 2; b to 1, c to 2; all predicted together.
    # precision: a: (a: min(1,2)/1, b: 1, c: 1)/3 = 1; b: (a 1, b 1, c 0)/3; c likewise.
    # recall: a: (a: min(1,2)/2, b: 1, c: 1)/3 = 5/6; b: (a 1, b 1)/2 = 1; c: 1.
    gold = {"a": ["1", "2"], "b": ["1"], "c": ["2"]}
    p, r, _ = bcubed(gold, {k: ["x"] for k in "abc"})
    assert p == pytest.approx((1 + 2 / 3 + 2 / 3) / 3)
    assert r == pytest.approx((5 / 6 + 1 + 1) / 3)


def test_items_outside_gold_are_ignored_and_empty_gold() -> None:
    assert bcubed({"a": ["1"]}, {"a": ["x"], "z": ["x"]}) == (1.0, 1.0, 1.0)
    assert bcubed({}, {}) == (0.0, 0.0, 0.0)
