"""Killed and wounded told as one figure ("40 fighters killed or injured", "four people were
shot") are neither the death toll nor the wounded, but the figure is kept, with its evidence,
as the event's casualties."""

from numbers_helpers import casualties


def test_killed_or_injured_is_kept_as_casualties() -> None:
    c = casualties("The raids destroyed five trucks and left 40 fighters killed or injured.")
    assert c["fatalities"] == 0
    assert c["counts"]["casualties"] == 40
    assert any(s.label == "killed_or_injured" and "40" in s.text for s in c["evidence"])


def test_no_casualties_told_none_kept() -> None:
    c = casualties("The raids destroyed five trucks; no casualties were reported.")
    assert "casualties" not in c["counts"]
