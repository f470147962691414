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

Shared distinctive name words (victims, streets, villages, units: ``features.name_keys``)
are the strongest evidence that two reports tell one story, stronger than the extracted
date, place and type, which are each wrong often enough on real pages that requiring all
of them to agree splits most multi-report events. Besides single words, name keys hold
block addresses ("the 4800 block of ...": they count as two words) and full names ("Tamsin
Brady": they count when neither word does by itself, see :func:`_evidence`). So:
- two reports sharing enough distinctive names for how far apart their dates are
  (:data:`NAME_RULES`) are the same event, whatever the extracted place and type say
  (one name more when the places conflict and no full name or address is shared);
  two pages of one outlet only within a week (beyond it their common names are as likely
  the outlet's page furniture: bylines, a video playlist);
- sharing fewer, the structured comparison decides, ignoring the type;
- sharing none while both carry :data:`MIN_NAMES` or more distinctive names, they are two
  stories (two shootings on the same day in the same city name different victims and
  streets), unless they agree on the town, the day, the type and the toll
  (:func:`_two_stories`: one outlet named the street, the other the victim);
- otherwise (a report too short to name anything) the structured comparison alone
  decides, except that such a pair never joins on it alone when dated a day apart and not
  in the same town (in a city's daily news that is the next day's shooting), when one of
  them is placed no closer than the country, or when one is undated and they share no
  closer place than a province.

An event's score (:func:`event_score`) averages a report's similarity to its members with
the best of them; a member it conflicts with counts against it (:data:`CONFLICT_COST`).
"""

from __future__ import annotations

from typing import Any

from sitrep.fuse.features import ADDRESS_PREFIX, FULL_NAME_PREFIX, same_force
from sitrep.geo import km

MAX_KM = 50.0
JOIN_THRESHOLD = 0.55
# Distinctive name words two reports must share to be one event, by how far apart their
# dates are: (most days apart, names needed). Undated reports use the first row. Measured
# on multi-outlet local news: sharing two such words within two days is the same story
# nearly always; three days to a week apart it takes three; a month apart five (a
# follow-up: the arrest, the funeral, whose page also names the police spokesman, the
# county and the hospital of other stories), and seven for the trial a year or more later
# (between pages of different outlets: pages of one outlet use only the first two rows, see
# ``compare``). Joining follow-ups on fewer names gains little recall and costs the event's
# toll, date and town (GVA dev: with (3, 2) and (30, 4) ... (6), B-cubed F1 the same, and
# 3 to 5 fewer incidents right on each field).
NAME_RULES = ((2, 2), (7, 3), (30, 5), (100, 6), (100000, 7))
MIN_NAMES = 2
SPECIFIC_TOLL = 5  # an exact toll from this up, the same in two reports, says "same event"
TWO_STORIES_PENALTY = 0.1  # named reports sharing no name: the same town and day count less
UNDATED_REGIONAL_MAX = 0.5  # below JOIN_THRESHOLD: such a pair alone never makes one event
ADJACENT_DAY_SCORE = 0.6  # two day-precise reports a day apart ("last night")
NO_NAME_ADJACENT_MAX = 0.5  # below JOIN_THRESHOLD: a day apart with no shared name ...
NO_NAME_ADJACENT_PENALTY = 0.2  # ... unless in the same town, which still counts less
UNPLACED = 0.25  # place similarity of reports placed no closer than the same country
CONFLICT_COST = 0.4  # what a conflicting member takes off an event's mean similarity
# A name is distinctive only while carried by few documents *for the archive's size*: early in
# a first ingest a common first name ("David", in 12 of the first 200 local news pages) looks
# as rare as a victim's surname. A name on more than RARE_MIN documents must also be on no
# more than this share of them (the store's own cap, NAME_DF_MAX, binds in a large archive).
# GVA dev, ingest order: B-cubed F1 0.933 -> 0.934, date +8 and city +7 incidents of 2,120.
RARE_SHARE = 0.02
RARE_MIN = 2
DOCS_KEY = "#docs"  # the store counts its documents under this key of the name counts
_COMPATIBLE_TYPES = {frozenset({"Battles", "Explosions/Remote violence"})}

# Weights of the similarity components; they sum to 1.
_W = {"date": 0.3, "place": 0.3, "type": 0.15, "actor": 0.1, "figures": 0.15}


def _date(a: dict[str, Any], b: dict[str, Any]) -> float | None:
    if a["lo"] is None or b["lo"] is None:
        return 0.4
    tol_a = 1 if a["day"] else 0
    tol_b = 1 if b["day"] else 0
    if a["hi"] + tol_a < b["lo"] - tol_b or b["hi"] + tol_b < a["lo"] - tol_a:
        return None
    if a["day"] and b["day"]:
        return 1.0 if a["lo"] == b["lo"] else ADJACENT_DAY_SCORE
    return 0.5  # overlapping ranges, at least one imprecise


def _region_precise(f: dict[str, Any]) -> bool:
    return f["geo"] is not None and f["geo"] >= 3 or (f["lat"] is None and f["admin1"] is not None
                                                       and f["loc"] is None)


def _place(a: dict[str, Any], b: dict[str, Any]) -> float | None:
    if a["country"] and b["country"] and a["country"] != b["country"]:
        return None
    if (b["admin1"] in (a.get("regions") or ())) or (a["admin1"] in (b.get("regions") or ())):
        return 0.5  # a multi-province event and a report of one of its provinces
    same_admin1 = a["admin1"] is not None and a["admin1"] == b["admin1"]
    diff_admin1 = a["admin1"] is not None and b["admin1"] is not None and not same_admin1
    regional = _region_precise(a) or _region_precise(b)
    if diff_admin1 and a["geo"] == 1 and b["geo"] == 1:
        return None
    if a["loc"] and a["loc"] == b["loc"]:
        # The same town; the same province named at region precision is only that.
        return 0.5 if regional else 1.0
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
        if same_force(a["a1"], b["a1"]):
            return 0.9  # a force and its branch ("... of Russia" / "... of Russia Air Force")
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


def date_gap(a: dict[str, Any], b: dict[str, Any]) -> int | None:
    """Days between two reports' date ranges (0 when they overlap), None if one is undated."""
    if a["lo"] is None or b["lo"] is None:
        return None
    return max(0, a["lo"] - b["hi"], b["lo"] - a["hi"])


def structured(a: dict[str, Any], b: dict[str, Any], *, types: bool = True) -> float | None:
    """Similarity from the extracted fields alone (None on a hard conflict)."""
    total = 0.0
    for name, fn in (("date", _date), ("place", _place), ("type", _type), ("actor", _actor),
                     ("figures", _figures)):
        if name == "type" and not types:
            total += _W[name] * (_type(a, b) or 0.0)
            continue
        s = fn(a, b)
        if s is None:
            return None
        total += _W[name] * s
    return total


class Rarity:
    """Which name words are distinctive: those carried by at most ``cap`` documents
    (``df``: name -> number of documents). A report's distinctive names are computed once
    per report id and kept (``cache``) while the counts barely move (one ingest batch)."""

    def __init__(self, df: dict[str, int], cap: float):
        self.df, self.cap = df, cap
        self.cache: dict[str, frozenset[str]] = {}

    def __contains__(self, name: str) -> bool:
        n = self.df.get(name, 0)
        return n <= self.cap and n <= max(RARE_MIN, RARE_SHARE * self.df.get(DOCS_KEY, 0))

    def of(self, f: dict[str, Any]) -> frozenset[str]:
        key = f.get("rid") or ""
        got = self.cache.get(key)
        if got is None:
            got = frozenset(n for n in f.get("names") or () if n in self)
            if key:
                self.cache[key] = got
        return got


def _names(f: dict[str, Any], rare: Rarity | set[str] | None) -> frozenset[str] | set[str]:
    names = f.get("names") or ()
    if rare is None:
        return set(names)
    if isinstance(rare, Rarity):
        return rare.of(f)
    return {n for n in names if n in rare}


def compare(a: dict[str, Any], b: dict[str, Any], rare: Rarity | set[str] | None = None
            ) -> float | None:
    """Similarity of two reports' features in [0, 1], or None when they cannot be one event.

    ``rare``: the names distinctive enough to count (None: every name counts).
    """
    na, nb = _names(a, rare), _names(b, rare)
    common = na & nb
    shared = _evidence(common)
    gap = date_gap(a, b)
    # Two pages of one outlet share its page furniture (bylines, a video playlist, the
    # "most read" box): beyond a few days apart their common names are as likely that.
    rules = NAME_RULES[:2] if _same_outlet(a, b) else NAME_RULES
    # Two reports whose places cannot be one (towns in different provinces, or far apart)
    # need one name more, unless they share a full name or a block address: a couple of
    # single words rare in the archive are as often a phrase two stories both use
    # ("Russian roulette", "aggravated battery") or a media group's page furniture as the
    # victim's name (GVA dev: injured +2, state +2, killed +1 incidents of 2,120; B-cubed F1
    # -0.001).
    extra = int(bool(common) and _place(a, b) is None and not any(
        n.startswith((ADDRESS_PREFIX, FULL_NAME_PREFIX)) for n in common))
    for days, needed in rules:
        if (gap is None or gap <= days) and shared >= needed + extra:
            return min(1.0, 0.7 + 0.04 * shared)
        if gap is None:
            break
    if common:
        s = structured(a, b, types=False)
        return None if s is None else min(1.0, s + 0.25)
    if len(na) >= MIN_NAMES and len(nb) >= MIN_NAMES:
        return _two_stories(a, b)
    s = structured(a, b)
    if s is not None and _date(a, b) == ADJACENT_DAY_SCORE:
        # Dated a day apart and naming nothing in common: in a city's daily news these are
        # the next day's shooting far more often than one shooting told after midnight;
        # only the same town keeps them together, and then only on the other fields.
        if (_place(a, b) or 0.0) < 1.0:
            return min(s, NO_NAME_ADJACENT_MAX)
        s -= NO_NAME_ADJACENT_PENALTY
    if s is not None and (_place(a, b) or 0.0) <= UNPLACED and not _same_specific_toll(a, b):
        # One report says nowhere more precise than the country, and no name ties them: the
        # date and type alone fit every report of that day.
        return min(s, UNDATED_REGIONAL_MAX)
    if (s is not None and (a["lo"] is None or b["lo"] is None) and (_place(a, b) or 0.0) < 0.7
            and not _same_specific_toll(a, b)):
        # Undated and placed no closer than a province: agreeing on the province, the type
        # and the side is what every report of a campaign does; not enough for one event.
        return min(s, UNDATED_REGIONAL_MAX)
    return s


def _evidence(common: frozenset[str] | set[str]) -> int:
    """How many shared names two reports have, for :data:`NAME_RULES`: a block address
    counts twice; a full name counts once when neither of its words is shared as a
    distinctive word by itself (a common first and last name, distinctive only together),
    and not at all otherwise (its words already count)."""
    n = 0
    for name in common:
        if name.startswith(ADDRESS_PREFIX):
            n += 2
        elif name.startswith(FULL_NAME_PREFIX):
            n += not any(w in common for w in name[1:].split())
        else:
            n += 1
    return n


def _same_outlet(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Both reports come from one outlet (reports stored before outlets were kept: no)."""
    outlet = a.get("outlet")
    return outlet is not None and outlet == b.get("outlet")


def _two_stories(a: dict[str, Any], b: dict[str, Any]) -> float | None:
    """Two named reports sharing no distinctive name: two stories, unless they agree on
    the town (at town precision), the day, the type and the toll: one outlet named the
    street, the other the victim. Two shootings in one town on one day can agree as
    well, so this agreement alone scores below a shared name."""
    if _place(a, b) != 1.0 or _date(a, b) not in (1.0, 0.5):
        return None
    if _figure(a["fat"], b["fat"]) == 0.1 or (_type(a, b) or 0.0) < 0.8:
        return None  # and tell it alike: the same toll (or none given), the same type
    s = structured(a, b)
    return None if s is None else s - TWO_STORIES_PENALTY


def _same_specific_toll(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Both reports give the same death toll as their best figure, large enough to be
    telling ("21")."""
    best = a.get("fat_best")
    return best is not None and best >= SPECIFIC_TOLL and best == b.get("fat_best")


def event_score(report: dict[str, Any], members: list[dict[str, Any]],
                rare: Rarity | set[str] | None = None) -> float | None:
    """How well a report fits an event: the mean of its similarities to the members (a
    conflicting member counts ``-CONFLICT_COST``) averaged with the best one.

    A member that conflicts does not veto by itself: one badly extracted report (a wrong
    date, a wrong town) must not keep every later report of its event out; but it pulls
    the mean down, so a report joins a large event only when it agrees with a good part of
    it, and a small one when it matches one member strongly. A conflict counts below zero:
    a report that conflicts with one member of a two-report event joins it only on a
    strong match with the other (above about 0.87), because events grown that way mostly
    chain two incidents. A report
    never joins an event that already holds a report of the same document: the extractor
    separated them, so they are different events.
    """
    if not members:
        return None
    total = top = 0.0
    conflicts = 0
    for m in members:
        if m["doc"] == report["doc"]:
            return None
        s = compare(report, m, rare)
        copy = report.get("copy_of") == m["doc"] or m.get("copy_of") == report["doc"]
        if s is None and not copy:
            conflicts += 1
            continue
        if copy:
            s = max(s or 0.0, 0.95)  # a copy of this member's article: the same story
        total += s
        top = max(top, s)
    total -= CONFLICT_COST * conflicts
    return 0.5 * total / len(members) + 0.5 * top
