"""The hand-coded world-note sets under bench/data (read by bench/world_notes.py) are gold
data: a sub-event type filed under the wrong event type, a misspelt class or a negative
toll would silently score every extractor wrong on that note. These checks keep each set
well-formed against sitrep's own ACLED taxonomy."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sitrep.record import event_type_of, event_types

DATA = Path(__file__).resolve().parents[1] / "bench" / "data"
SETS = sorted(DATA.glob("world_notes*.jsonl"))


def _rows(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def test_the_sets_are_there() -> None:
    assert len(SETS) >= 9


@pytest.mark.parametrize("path", SETS, ids=lambda p: p.name)
def test_set_is_well_formed(path: Path) -> None:
    rows = _rows(path)
    assert rows, f"{path.name} is empty"
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids)), f"{path.name}: duplicate ids"
    types = event_types()
    for r in rows:
        assert isinstance(r["text"], str) and r["text"].strip(), r["id"]
        gold = r["gold"]
        assert gold["event_type"] in types, (r["id"], gold["event_type"])
        assert event_type_of(gold["sub_event_type"]) == gold["event_type"], (
            r["id"], gold["sub_event_type"], gold["event_type"])
        assert isinstance(gold["fatalities"], int) and gold["fatalities"] >= 0, r["id"]
        assert gold.get("admin1") is None or gold["admin1"].strip(), r["id"]
