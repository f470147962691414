"""Do two event reports describe the same real event?

``compare(a, b)`` returns ``None`` when the reports *cannot* be the same event (a hard
conflict) and otherwise a similarity in ``[0, 1]``. Fusion puts a report into the best
candidate event whose every member is compatible and whose mean similarity clears
:data:`JOIN_THRESHOLD`.

Hard conflicts (the rules a human coder applies):
- dates: the reports' ``[lo, hi]`` ranges do not overlap, allowing one day either side for
  day-precision reports (a report filed after midnight, "last night");
- places: different countries; both at town precision in different admin1; or further
  apart than :data:`MAX_KM` unless one of them is only region-precise and they share the
  admin1 ("Homs desert" and "Palmyra desert" are both in Homs governorate);
- types: different ACLED event types, except a battle / remote-violence pair (a clash
  with shelling is told either way);
- actors: different named actor1 (an "Unidentified ..." actor conflicts with nobody);
- figures: wildly different death tolls (both at least one, ratio above 4 and a gap of at
  least 5): "4 killed" and "7 killed" are the same event told twice, "2" and "40" are not.
"""

from __future__ import annotations

import math
from typing import Any

MAX_KM = 50.0
JOIN_THRESHOLD = 0.55
_COMPATIBLE_TYPES = {frozenset({"Battles", "Explosions/Remote violence"})}

# Weights of the similarity components; they sum to 1.
_W = {"date": 0.3, "place": 0.3, "type": 0.15, "actor": 0.1, "figures": 0.15}


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine), kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def _date(a: dict[str, Any], b: dict[str, Any]) -> float | None:
    if a["lo"] is None or b["lo"] is None:
        return 0.4
    tol_a = 1 if a["day"] else 0
    tol_b = 1 if b["day"] else 0
    if a["hi"] + tol_a < b["lo"] - tol_b or b["hi"] + tol_b < a["lo"] - tol_a:
        return None
    if a["day"] and b["day"]:
        return 1.0 if a["lo"] == b["lo"] else 0.6
    return 0.5  # overlapping ranges, at least one imprecise


def _region_precise(f: dict[str, Any]) -> bool:
    return f["geo"] is not None and f["geo"] >= 3 or (f["lat"] is None and f["admin1"] is not None
                                                       and f["loc"] is None)


def _place(a: dict[str, Any], b: dict[str, Any]) -> float | None:
    if a["country"] and b["country"] and a["country"] != b["country"]:
        return None
    same_admin1 = a["admin1"] is not None and a["admin1"] == b["admin1"]
    diff_admin1 = a["admin1"] is not None and b["admin1"] is not None and not same_admin1
    regional = _region_precise(a) or _region_precise(b)
    if diff_admin1 and a["geo"] == 1 and b["geo"] == 1:
        return None
    if a["loc"] and a["loc"] == b["loc"]:
        return 1.0
    if a["lat"] is not None and b["lat"] is not None:
        d = km(a["lat"], a["lon"], b["lat"], b["lon"])
        if d < 5:
            return 0.9
        if d < 20:
            return 0.7
        if d < MAX_KM:
            return 0.5 if not diff_admin1 else 0.3
        if regional and same_admin1:
            return 0.4
        return None
    if same_admin1:
        return 0.5 if regional else 0.35
    if diff_admin1:
        return None
    return 0.25 if (a["country"] and a["country"] == b["country"]) else 0.2


def _type(a: dict[str, Any], b: dict[str, Any]) -> float | None:
    if not a["etype"] or not b["etype"]:
        return 0.4
    if a["etype"] == b["etype"]:
        return 1.0 if a["sub"] == b["sub"] else 0.8
    if frozenset({a["etype"], b["etype"]}) in _COMPATIBLE_TYPES:
        return 0.5
    return None


def _actor(a: dict[str, Any], b: dict[str, Any]) -> float | None:
    if a["a1"] and b["a1"]:
        if a["a1"] == b["a1"]:
            return 1.0
        # Sides swapped between reports ("A clashed with B" / "B clashed with A").
        if a["a1"] == b["a2"] and a["a2"] == b["a1"]:
            return 0.8
        return None
    return 0.5


def _figure(x: list[int | None] | None, y: list[int | None] | None) -> float | None:
    if x is None or y is None:
        return 0.5
    x_lo, x_hi = x[0] or 0, x[1]
    y_lo, y_hi = y[0] or 0, y[1]
    if (x_hi is not None and x_hi < y_lo) or (y_hi is not None and y_hi < x_lo):
        # Disjoint: a plain disagreement, or so far apart it must be another event.
        a = x_hi if x_hi is not None and x_hi < y_lo else y_hi
        b = y_lo if x_hi is not None and x_hi < y_lo else x_lo
        if a is not None and a >= 1 and b / a > 4 and b - a >= 5:
            return None
        return 0.1
    return 1.0


def _figures(a: dict[str, Any], b: dict[str, Any]) -> float | None:
    f = _figure(a["fat"], b["fat"])
    if f is None:
        return None
    i = _figure(a["inj"], b["inj"])
    if i is None:
        i = 0.1  # injury counts move a lot as reports come in: never a hard conflict
    return (2 * f + i) / 3


def compare(a: dict[str, Any], b: dict[str, Any]) -> float | None:
    """Similarity of two reports' features in [0, 1], or None on a hard conflict."""
    total = 0.0
    for name, fn in (("date", _date), ("place", _place), ("type", _type), ("actor", _actor),
                     ("figures", _figures)):
        s = fn(a, b)
        if s is None:
            return None
        total += _W[name] * s
    return total


def event_score(report: dict[str, Any], members: list[dict[str, Any]]) -> float | None:
    """Mean similarity of a report to an event's members; None if any member conflicts.

    A report never joins an event that already holds a report of the same document: the
    extractor separated them, so they are different events.
    """
    if not members:
        return None
    total = 0.0
    for m in members:
        if m["doc"] == report["doc"]:
            return None
        s = compare(report, m)
        if s is None:
            return None
        if report.get("copy_of") == m["doc"] or m.get("copy_of") == report["doc"]:
            s = max(s, 0.95)  # a copy of this member's article: the same story
        total += s
    return total / len(members)
