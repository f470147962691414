"""Reconcile the reports of one fused event into one record, with contradictions and a grade.

Rules (documented choices):
- *Independent sources*: reports are grouped by their original source (the cited source,
  else the outlet). Two outlets quoting the same monitor are one source; a copy of an
  article counts with its original, never as corroboration.
- *Figures* (killed, injured, civilian deaths): each source gives one interval (its most
  recent, i.e. highest, report: tolls rise as news comes in). ``low`` is the lowest
  source's lower bound, ``high`` the highest upper bound (open when a source is
  open-ended), ``best`` the value most articles give (the higher on a tie), and ACLED's
  single ``fatalities`` figure the value most articles give, the lower on a tie (ACLED's
  conservative rule among equally supported figures), 0 when nobody gives a figure. The
  injured count comes from the articles that agree on the chosen death toll. Among equally
  many articles, the figure the articles state more often (more evidence spans) comes
  before these tie rules.
- *Date*: the intersection of all dated reports' ranges (the narrowest range consistent
  with every report); if they do not intersect (day-precision reports a day apart), the
  date most reports give, earliest on a tie. The event date is the day inside that range
  the reports name most often as their event date, else its first day.
- *Place*: the province more town-placed reports name than any other, when one does (a
  homonym read in another state does not carry the event off; a local outlet's home state
  counts as part of a vote); within it the most precise place (lowest ``geo_precision``),
  the most often named one on a tie, then a local outlet's own city, then the smaller town
  (a bigger one named beside it is most often a landmark or a market: "near Dayton").
- *Type and actors*: the most frequent value, ACLED's type precedence on a tie.
- *Contradictions*: independent sources whose figures, dates, places or actor1 cannot both
  be true ("at least 21" and "21" agree; "4 killed" and "7 killed" do not).
- *Grade* (Airwars' scale): ``confirmed`` when a claim comes from the acting party itself
  (modality claimed/reported); else ``contested`` when a source denies it or sources name
  different perpetrators; else ``fair`` with two or more independent original sources;
  else ``weak``.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

from sitrep.datafiles import parse_yaml
from sitrep.fuse.features import intervals_agree, is_generic_actor, norm, same_force
from sitrep.fuse.match import MAX_KM
from sitrep.geo import km
from sitrep.ingest.metadata import is_url, unwrap_url
from sitrep.nlp.outlets import outlet_home
from sitrep.record import Claim, EventRecord, Evidence, event_types


@lru_cache(maxsize=1)
def _words() -> dict[str, Any]:
    text = resources.files("sitrep.data").joinpath("fusion.yaml").read_text("utf-8")
    return parse_yaml(text)


def outlet_name(outlet: str | None) -> str | None:
    """A readable outlet name: the registered domain of a URL (archive wrappers removed, as
    ingestion names outlets), else the name as given."""
    if not outlet or not outlet.strip():
        return None
    text = outlet.strip()
    return (unwrap_url(text).domain or text) if is_url(text) else text


@dataclass
class Member:
    """One report inside an event, with what reconciliation needs about its document."""

    rid: str
    doc_id: str
    record: EventRecord
    outlet: str | None = None
    copy_of: str | None = None
    source: str = ""  # original-source key (features["src"])
    source_label: str | None = None  # readable original source name

    @property
    def outlet_label(self) -> str:
        return outlet_name(self.outlet) or self.doc_id


@dataclass
class Fused:
    record: EventRecord
    extras: dict[str, Any] = field(default_factory=dict)


def _by_source(members: list[Member]) -> dict[str, list[Member]]:
    groups: dict[str, list[Member]] = {}
    for m in members:
        groups.setdefault(m.source, []).append(m)
    return groups


def _interval(rec: EventRecord, kind: str) -> list[int | None] | None:
    from sitrep.fuse.features import figure_interval

    return figure_interval(getattr(rec, f"{kind}_low"), getattr(rec, f"{kind}_best"),
                           getattr(rec, f"{kind}_high"))


def _source_figure(group: list[Member], kind: str) -> tuple[list[int | None], Member] | None:
    best: tuple[list[int | None], Member] | None = None
    for m in group:
        iv = _interval(m.record, kind)
        if iv is None:
            continue
        if best is None or (iv[0] or 0) > (best[0][0] or 0):
            best = (iv, m)
    return best


def _value(iv: list[int | None]) -> int:
    return iv[0] or 0


def _article_figure(rec: EventRecord, kind: str) -> int:
    """The figure one article stands for: its best value, else its lower bound."""
    best = getattr(rec, f"{kind}_best")
    if best is not None:
        return int(best)
    return int(getattr(rec, f"{kind}_low") or 0)


def _figures(groups: dict[str, list[Member]], members: list[Member], kind: str,
             out: EventRecord, contradictions: list[dict[str, Any]]) -> None:
    per_source = {k: f for k, g in groups.items() if (f := _source_figure(g, kind))}
    if not per_source:
        return
    ivs = [iv for iv, _ in per_source.values()]
    lows = [_value(iv) for iv in ivs]
    highs = [iv[1] for iv in ivs]
    high = None if any(h is None for h in highs) else max(highs)
    # The value most reports agree on: a lone early report ("one dead") does not outweigh
    # the others' later toll, nor one outlier the consensus. Among equally supported
    # values, the death toll's "best" takes the higher (tolls rise as news comes in) and
    # ACLED's single figure the lower (its conservative rule); the injured count takes the
    # lower (it falls as the wounded die, and ACLED's rule again).
    # Each article counts (not each source: outlets citing "police" are often different
    # departments at different hours), copies of an article not again. An article that
    # gives the event's toll in one kind and says nothing of the other ("a man was shot
    # dead", no word of wounded) tells none of the other kind: it votes 0, so one outlier
    # article's "1 wounded" (often the victim before he died) does not stand against two
    # that tell only the death. The tie rule below still keeps a wounded figure that as
    # many articles tell (GVA dev, refused from the same reports: killed +8, injured +10
    # incidents of 2,120).
    other = "injured" if kind == "fatalities" else "fatalities"
    voters = [m for m in members if not m.copy_of and (
        _interval(m.record, kind) is not None or _interval(m.record, other) is not None)]
    if kind == "injured" and out.fatalities_best is not None:
        # Killed and injured are one count of victims told two ways: an early report's
        # "one wounded" is the later "one dead" when the victim died. Injured figures
        # come from the articles that agree with the chosen death toll, where any do.
        consistent = [m for m in voters
                      if _article_figure(m.record, "fatalities") == out.fatalities_best]
        voters = consistent or voters
    reported = [_article_figure(m.record, kind) for m in voters]
    counts = Counter(reported or lows)  # all copies: the sources' own figures
    top = max(counts.values())
    agreed = sorted(v for v, n in counts.items() if n == top)
    if kind == "injured" and len(agreed) == 2 and agreed[0] == 0:
        # one article tells wounded, another as many tell none: most often the second
        # counted only the dead ("two were shot, one died" read with the dead alone), so
        # the wounded told stand (GVA incidents: +7 of 2,120)
        agreed = agreed[1:]
    if len(agreed) > 1:
        # Equally many articles for each count: the count the articles state more often
        # stands ("3 critically injured ... three others were hurt" against one article's
        # passing "a second man was injured"); only then the tie rules above (GVA dev,
        # ingest order: killed +3, injured +3 incidents of 2,120).
        told: Counter[int] = Counter()
        for m, v in zip(voters, reported, strict=True):
            told[v] += len(m.record.evidence.get(kind) or ())
        most = max(told[v] for v in agreed)
        agreed = [v for v in agreed if told[v] == most]
    best = agreed[0] if kind == "injured" else agreed[-1]
    setattr(out, f"{kind}_best", best)
    # The range spans the chosen value too: articles that tell none of a kind vote 0
    # without giving a range of their own.
    setattr(out, f"{kind}_low", min(min(lows), best))
    setattr(out, f"{kind}_high", None if high is None else max(high, best))
    if kind == "fatalities":
        out.fatalities = agreed[0]
    items = list(per_source.items())
    disagree = any(intervals_agree(a[1][0], b[1][0]) is False
                   for i, a in enumerate(items) for b in items[i + 1:])
    if disagree:
        sides: dict[str, dict[str, Any]] = {}
        for key, (iv, m) in items:
            label = _fmt_interval(iv)
            side = sides.setdefault(label, {"value": label, "sources": [], "outlets": []})
            side["sources"].append(m.source_label or key)
            side["outlets"].extend(sorted({x.outlet_label for x in groups[key]}))
        contradictions.append({"field": "fatalities" if kind == "fatalities" else kind,
                               "sides": list(sides.values())})


def _fmt_interval(iv: list[int | None]) -> str:
    lo, hi = iv
    if hi is None:
        return f"at least {lo}"
    if lo == hi:
        return str(lo)
    return f"{lo}-{hi}"


def _mode(values: list[Any]) -> Any:
    values = [v for v in values if v not in (None, "")]
    if not values:
        return None
    counts = Counter(values)
    top = max(counts.values())
    return next(v for v in values if counts[v] == top)  # first seen on a tie


def _dates(members: list[Member], out: EventRecord, contradictions: list[dict[str, Any]]) -> None:
    ranges = []
    for m in members:
        r = m.record
        lo = r.date_start or r.event_date
        hi = r.date_end or r.event_date or lo
        if lo:
            ranges.append((lo[:10], (hi or lo)[:10], r.time_precision, m))
    if not ranges:
        return
    lo = max(r[0] for r in ranges)
    hi = min(r[1] for r in ranges)
    if lo > hi:
        days = [r[0] for r in ranges if r[0] == r[1]] or [r[0] for r in ranges]
        counts = Counter(days)
        top = max(counts.values())
        lo = hi = min(d for d in counts if counts[d] == top)
        sides: dict[str, dict[str, Any]] = {}
        for start, end, _, m in ranges:
            label = start if start == end else f"{start}/{end}"
            side = sides.setdefault(label, {"value": label, "sources": [], "outlets": []})
            if (m.source_label or m.source) not in side["sources"]:
                side["sources"].append(m.source_label or m.source)
            if m.outlet_label not in side["outlets"]:
                side["outlets"].append(m.outlet_label)
        # Day-precision reports a day apart are within tolerance, not a contradiction.
        d0, d1 = dt.date.fromisoformat(min(days)), dt.date.fromisoformat(max(days))
        if len(sides) > 1 and (d1 - d0).days > 1:
            contradictions.append({"field": "event_date", "sides": list(sides.values())})
    out.date_start, out.date_end = lo, hi
    # The day within the range: the one the reports themselves chose most often (an
    # extractor names its best day inside a range: "overnight Friday to Saturday" -> the
    # Saturday), else the range's first day.
    inside = [m.record.event_date[:10] for *_, m in ranges
              if m.record.event_date and lo <= m.record.event_date[:10] <= hi]
    out.event_date = _mode(inside) if inside else lo
    # Each article's own day is a vote: the day most of them give, the earliest on a tie (a
    # follow-up article dated by its arrest or court hearing comes later, not earlier). It
    # overrides the range's pick when the range holds fewer of the articles' days.
    days_given = [m.record.event_date[:10] for *_, m in ranges
                  if m.record.event_date and m.record.time_precision == 1]
    if days_given:
        tally = Counter(days_given)
        top = max(tally.values())
        voted = min(d for d in tally if tally[d] == top)
        if tally[voted] > tally.get(out.event_date, 0):
            out.event_date = voted
            if not lo <= voted <= hi:
                out.date_start = out.date_end = voted
    width = (dt.date.fromisoformat(hi) - dt.date.fromisoformat(lo)).days
    out.time_precision = 1 if width == 0 else 2 if width <= 7 else 3


def _majority_province(placed: list[Member], members: list[Member]) -> list[Member]:
    """The reports placed in the province that more town-placed reports name than any
    other, when one does: a report that read a homonym in the wrong state ("Greenville" in
    the other Carolina) must not carry the event off because its town is as precise.
    A report's outlet, when it is a local one, adds :data:`OUTLET_VOTE` to its home state
    (among the states the reports name): one station's misread town does not outweigh
    another's reading of its own market, and two readings still beat one plus its outlet."""
    votes: Counter[str] = Counter(norm(m.record.admin1) for m in placed
                                  if m.record.admin1 and m.record.geo_precision in (1, 2))
    if len(votes) < 2:
        return placed
    for m in members:
        home = _outlet_home(m.outlet)[0]
        if home in votes:
            votes[home] += OUTLET_VOTE
    (top, n), (_, n2) = votes.most_common(2)
    if n == n2:
        return placed
    return [m for m in placed if norm(m.record.admin1) == top]


# Less than a report's own town reading (GVA dev, state: 0.5 -> +4 incidents of 2,120, 0.75
# -> +5, 1.0 -> +4).
OUTLET_VOTE = 0.75


@lru_cache(maxsize=4096)
def _outlet_home(outlet: str | None) -> tuple[str | None, str | None]:
    """Normalised (state, city) a local outlet is based in (nlp.outlets), else Nones."""
    home = outlet_home(None, outlet_name(outlet)) if outlet else None
    if home is None:
        return None, None
    return norm(home.state), (norm(home.city) if home.city else None)


def _population(rec: EventRecord) -> int:
    """The population of a report's town (the gazetteer reading at its coordinates), 0 when
    unknown: the gazetteer holds towns from 500 people up, so one it lacks is most often
    smaller still (counting it as the largest instead: GVA dev city -8 incidents)."""
    if not rec.location or rec.latitude is None:
        return 0
    return _town_population(norm(rec.location), round(rec.latitude, 2), round(rec.longitude, 2))


@lru_cache(maxsize=8192)
def _town_population(name: str, lat: float, lon: float) -> int:
    from sitrep.nlp.gazetteer import get_gazetteer

    best = 0
    for p in get_gazetteer().lookup(name):
        if p.lat is not None and km(lat, lon, p.lat, p.lon) < 10:
            best = max(best, p.population)
    return best


_PLACE_FIELDS = ("country", "admin1", "admin2", "location", "latitude", "longitude",
                 "geo_precision", "regions")


def _place(members: list[Member], out: EventRecord, contradictions: list[dict[str, Any]]) -> None:
    placed = [m for m in members if m.record.location or m.record.admin1 or m.record.country]
    if not placed:
        return
    placed = _majority_province(placed, members)
    loc_counts = Counter(norm(m.record.location) for m in placed if m.record.location)
    # Among equally precise and equally named towns, a local outlet's own city (the
    # station's market is where its reporter was; a suburb is a passing mention).
    home_cities = {c for m in members if (c := _outlet_home(m.outlet)[1])}
    # Then, among towns still tied, the smaller: reports that name a bigger town beside
    # the one where it happened mostly name it as a landmark or a market ("near Dayton",
    # "Dayton police", a metro station's city); a small town is named for the event (GVA
    # dev: city +9 -3 incidents of 2,120; the bigger town instead: -5).
    def rank(m: Member) -> tuple[int, int, bool]:
        return (m.record.geo_precision or 9, -loc_counts.get(norm(m.record.location), 0),
                norm(m.record.location) not in home_cities)

    top = min(rank(m) for m in placed)
    tied = [m for m in placed if rank(m) == top]
    best = tied[0]
    if top[0] == 1 and len({norm(m.record.location) for m in tied}) > 1:
        best = min(tied, key=lambda m: _population(m.record))  # the gazetteer: only here
    for name in _PLACE_FIELDS:
        setattr(out, name, getattr(best.record, name))
    # Fill what the most precise report left empty from the others.
    for name in ("country", "admin1", "admin2"):
        if getattr(out, name) is None:
            setattr(out, name, _mode([getattr(m.record, name) for m in placed]))
    towns = [m for m in placed if m.record.geo_precision == 1 and m.record.latitude is not None]
    far = [m for m in towns if best.record.latitude is not None
           and km(best.record.latitude, best.record.longitude, m.record.latitude,
                  m.record.longitude) >= MAX_KM]
    if far:
        sides: dict[str, dict[str, Any]] = {}
        for m in [best, *far]:
            label = m.record.location or "?"
            side = sides.setdefault(label, {"value": label, "sources": [], "outlets": []})
            side["sources"].append(m.source_label or m.source)
            side["outlets"].append(m.outlet_label)
        contradictions.append({"field": "location", "sides": list(sides.values())})


def _type(members: list[Member], out: EventRecord) -> None:
    order = list(event_types())
    types = [m.record.event_type for m in members if m.record.event_type]
    if not types:
        return
    counts = Counter(types)
    top = max(counts.values())
    out.event_type = min((t for t in counts if counts[t] == top),
                         key=lambda t: order.index(t) if t in order else len(order))
    out.sub_event_type = _mode([m.record.sub_event_type for m in members
                                if m.record.event_type == out.event_type])


def _actors(members: list[Member], out: EventRecord, groups: dict[str, list[Member]],
            contradictions: list[dict[str, Any]]) -> list[dict[str, Any]]:
    roles = ("actor1", "assoc_actor_1", "actor2", "assoc_actor_2")
    actors: list[dict[str, Any]] = []
    for role in roles:
        values = [getattr(m.record, role) for m in members]
        named = [v for v in values if v and not is_generic_actor(v)]
        chosen = _mode(named) or _mode(values)
        setattr(out, role, chosen)
        for name, n in Counter(v for v in values if v).items():
            actors.append({"name": name, "role": role, "reports": n})
    # Sources naming different perpetrators.
    by_actor: dict[str, dict[str, Any]] = {}
    for key, group in groups.items():
        for m in group:
            a1 = m.record.actor1
            if a1 and not is_generic_actor(a1):
                side = by_actor.setdefault(norm(a1), {"value": a1, "sources": [], "outlets": []})
                if (m.source_label or key) not in side["sources"]:
                    side["sources"].append(m.source_label or key)
                if m.outlet_label not in side["outlets"]:
                    side["outlets"].append(m.outlet_label)
    # A force and its branch are one side (one report says "Russia", another "the Russian
    # air force"): the more specific name stands for both.
    for k in sorted(by_actor, key=len):
        wider = next((o for o in by_actor if o != k and same_force(o, k) and len(o) > len(k)),
                     None)
        if wider is not None:
            side, into = by_actor.pop(k), by_actor[wider]
            into["sources"] += [x for x in side["sources"] if x not in into["sources"]]
            into["outlets"] += [x for x in side["outlets"] if x not in into["outlets"]]
    if len(by_actor) > 1:
        contradictions.append({"field": "actor1", "sides": list(by_actor.values())})
    return actors


def _acknowledged(claim: Claim, actor1: str | None) -> bool:
    """Does this claim come from the acting party itself?"""
    if claim.modality not in ("claimed", "reported") or not claim.source or not actor1:
        return False
    if is_generic_actor(actor1):
        return False
    generic = set(_words()["generic_actor_words"])
    a = {w for w in norm(actor1).split() if w not in generic and not w.isdigit()}
    s = {w for w in norm(claim.source).split() if w not in generic and not w.isdigit()}
    claimed_actor = claim.values.get("actor1") if isinstance(claim.values, dict) else None
    if claimed_actor and norm(claimed_actor) == norm(actor1) and norm(claim.source) in (
            norm(claimed_actor), ""):
        return True
    return bool(a & s)


def grade(members: list[Member], record: EventRecord, contradictions: list[dict[str, Any]],
          n_original_sources: int) -> str:
    claims = [c for m in members for c in m.record.claims]
    if any(_acknowledged(c, record.actor1) for c in claims):
        return "confirmed"
    if any(c.modality == "denied" for c in claims) or any(
            c["field"] == "actor1" for c in contradictions):
        return "contested"
    return "fair" if n_original_sources >= 2 else "weak"


def reconcile(members: list[Member], event_id: str | None = None) -> Fused:
    """One event record (and its extras) from the reports that make it up."""
    out = EventRecord(event_id=event_id)
    contradictions: list[dict[str, Any]] = []
    groups = _by_source(members)
    _dates(members, out, contradictions)
    _place(members, out, contradictions)
    _type(members, out)
    actors = _actors(members, out, groups, contradictions)
    for kind in ("fatalities", "injured"):
        _figures(groups, members, kind, out, contradictions)
    civ = [m.record.civilian_fatalities for m in members
           if m.record.civilian_fatalities is not None]
    out.civilian_fatalities = min(civ) if civ else None
    counts: dict[str, int] = {}
    for m in members:
        for k, v in (m.record.counts or {}).items():
            if isinstance(v, int):
                counts[k] = max(counts.get(k, 0), v)
    out.counts = counts
    evidence: dict[str, list[Evidence]] = {}
    for m in members:
        out.claims.extend(m.record.claims)
        for k, evs in m.record.evidence.items():
            evidence.setdefault(k, []).extend(evs)
    out.evidence = evidence
    out.notes = next((m.record.notes for m in members if m.record.notes), None)
    confs = [m.record.confidence for m in members if m.record.confidence is not None]
    out.confidence = max(confs) if confs else None
    out.status = "event"

    originals = [m for m in members if not m.copy_of]
    outlets = sorted({m.outlet_label for m in originals})
    copies = sorted({m.doc_id for m in members if m.copy_of})
    sources = sorted({m.source_label or m.source for m in members})
    extras = {
        "doc_ids": sorted({m.doc_id for m in members}),
        "report_ids": [m.rid for m in members],
        "outlets": outlets,
        "original_sources": sources,
        "copies": copies,
        "n_reports": len(members),
        "n_outlets": len(outlets),
        "n_original_sources": len(groups),
        "contradictions": contradictions,
        "actors": actors,
    }
    extras["grade"] = grade(members, out, contradictions, len(groups))
    return Fused(out, extras)
