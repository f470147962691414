"""Scorers for the gold sets of ../shared/eval (rules: its README.md).

Every scorer takes the gold records and the predictions and returns ``{metric: {"n": int,
"value": float | None}}``: ``n`` is how many records the metric counted, ``value`` the share
right (None when nothing was counted). Predictions are the lines ``sitrep extract`` writes
(``{"id", "document", "events"}``), looked up by document id; a document with no line counts as
a document with no event. GVA predictions are the lines of ``sitrep events --format jsonl``
(event records plus ``doc_ids``).

Choices the README leaves open, made here once for all:

* Per-document sets score the first (main) event; with no event every field is wrong, except
  CASE snippets outside ACLED's classes, where no event is the right answer.
* Macro-F1 averages the per-class F1 over the classes present in the gold records (a missing
  event counts as a miss for its gold class; a predicted class absent from the gold adds no
  class of its own to the average).
* ACLED actor names: lower-cased, parenthesised parts dropped with their content (see
  :func:`sitrep.eval.normalize.norm_actor`).
* ACLED place metrics (admin1, coordinates) are counted where the note names the gold admin1,
  admin2, admin3 or location as whole words after place normalisation; the date where the note
  contains the gold year or the record has a publication date.
* Airwars: the predicted civilian deaths are ``civilian_fatalities``; when the extractor gave
  none, ``fatalities`` if the text speaks of civilians, else 0. A gold range with no minimum
  (incidents with injured civilians only) is read as 0, a missing maximum as the minimum.
  An actor1 standing for more than one belligerent ("naming everyone") is no answer.
* FA-KES governorate: the main event's admin1, or when it has none the admin1 of the first
  event that has one, else the document's own admin1 (``document.admin1``: the article is
  scored, not one event); published: ``document.published``.
* GVA: extended B-cubed (see :mod:`sitrep.eval.bcubed`), so a document filed under two gold
  incidents belongs to both gold clusters. Each gold incident is scored on the event sharing
  most of its documents (ties: the smaller event, then the one agreeing on more fields; none
  sharing a document: every field wrong). Injured: ``injured_best``, else
  ``injured_low``, else 0. Killed, injured, date and city also accept the values of other
  crawls of the same incident (``field_variants_across_crawls``). City: ``city_or_county`` (or
  either part of "Lakeview (Oldtown)") against the event's ``location`` or ``admin2``.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from sitrep.datafiles import parse_yaml
from sitrep.eval.bcubed import bcubed
from sitrep.eval.normalize import (
    any_place_match,
    belligerents_of,
    country_match,
    distance_km,
    mentions,
    norm_actor,
    norm_text,
    place_match,
    place_variants,
    speaks_of_civilians,
    split_belligerents,
)

Figures = dict[str, dict[str, Any]]
Record = dict[str, Any]

NO_EVENT = "(no event)"


# --------------------------------------------------------------------------- accumulators
class Tally:
    """Counts right/total per metric and keeps label pairs for macro-F1."""

    def __init__(self, metrics: Iterable[str] = ()):
        self.order: list[str] = []
        self.n: dict[str, int] = {}
        self.right: dict[str, float] = {}
        self.pairs: dict[str, list[tuple[str, str]]] = {}
        for m in metrics:
            self._ensure(m)

    def _ensure(self, metric: str) -> None:
        if metric not in self.n:
            self.order.append(metric)
            self.n[metric] = 0
            self.right[metric] = 0.0

    def add(self, metric: str, ok: bool | float) -> None:
        self._ensure(metric)
        self.n[metric] += 1
        self.right[metric] += float(ok)

    def pair(self, metric: str, gold: str, pred: str | None) -> None:
        """Record a (gold, predicted) label for a macro-F1 metric."""
        self._ensure(metric)
        self.pairs.setdefault(metric, []).append((gold, pred if pred else NO_EVENT))

    def set(self, metric: str, n: int, value: float | None) -> None:
        self._ensure(metric)
        self.n[metric] = n
        self.right[metric] = value * n if value is not None else 0.0

    def figures(self) -> Figures:
        out: Figures = {}
        for m in self.order:
            if m in self.pairs:
                out[m] = {"n": len(self.pairs[m]), "value": macro_f1(self.pairs[m])}
            else:
                n = self.n[m]
                out[m] = {"n": n, "value": self.right[m] / n if n else None}
        return out


def macro_f1(pairs: list[tuple[str, str]]) -> float | None:
    """Mean F1 over the gold classes (see module docstring)."""
    if not pairs:
        return None
    tp: dict[str, int] = defaultdict(int)
    fp: dict[str, int] = defaultdict(int)
    fn: dict[str, int] = defaultdict(int)
    for gold, pred in pairs:
        if gold == pred:
            tp[gold] += 1
        else:
            fn[gold] += 1
            fp[pred] += 1
    classes = {g for g, _ in pairs}
    scores = [2 * tp[c] / (2 * tp[c] + fp[c] + fn[c]) for c in classes]
    return sum(scores) / len(scores)


# ------------------------------------------------------------------------------- loading
def read_jsonl(path: Path | str) -> Iterator[Record]:
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if line:
                yield json.loads(line)


def load_predictions(path: Path | str | None) -> dict[str, Record]:
    """``sitrep extract`` output keyed by document id (missing file: no predictions)."""
    if path is None or not Path(path).exists():
        return {}
    return {str(rec.get("id")): rec for rec in read_jsonl(path)}


def events_of(pred: Record | None) -> list[Record]:
    return list((pred or {}).get("events") or [])


def main_event(pred: Record | None) -> Record | None:
    events = events_of(pred)
    return events[0] if events else None


def same(a: Any, b: Any) -> bool:
    return a is not None and b is not None and a == b


def as_int(value: Any) -> int | None:
    if value is None or value == "":
        return None
    try:
        return int(float(value))
    except (TypeError, ValueError):
        return None


def as_date(value: Any) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


@lru_cache(maxsize=1)
def case_labels() -> tuple[dict[str, str], frozenset[str]]:
    """(ACLED sub-event type -> CASE label, CASE labels outside ACLED) from case_labels.yaml."""
    text = resources.files("sitrep.data").joinpath("case_labels.yaml").read_text("utf-8")
    data = parse_yaml(text) or {}
    mapping = data.get("case_to_acled", data) if isinstance(data, dict) else {}
    to_case = {str(v): str(k) for k, v in mapping.items() if v}
    outside = frozenset(str(k) for k, v in mapping.items() if not v)
    return to_case, outside


# ------------------------------------------------------------------------------- ACLED
ACLED_METRICS = [
    "event_type", "event_type_macro_f1", "sub_event_type", "sub_event_type_macro_f1",
    "event_date", "admin1", "coord_25km", "coord_100km", "actor1", "fatalities",
]


def _coords(tally: Tally, ev: Record | None, lat: Any, lon: Any) -> None:
    km = distance_km(ev, lat, lon)
    tally.add("coord_25km", km is not None and km <= 25.0)
    tally.add("coord_100km", km is not None and km <= 100.0)


def _admin1_ok(ev: Record | None, gold_admin1: str | None, gold_country: str | None) -> bool:
    if ev is None or not place_match(ev.get("admin1"), gold_admin1):
        return False
    country = ev.get("country")
    return not country or not gold_country or country_match(country, gold_country)


def score_acled(gold: list[Record], preds: dict[str, Record]) -> Figures:
    tally = Tally(ACLED_METRICS)
    for rec in gold:
        g = rec["gold"]
        ev = main_event(preds.get(str(rec["id"])))
        e = ev or {}
        tally.add("event_type", same(e.get("event_type"), g.get("event_type")))
        tally.pair("event_type_macro_f1", g.get("event_type") or "", e.get("event_type"))
        tally.add("sub_event_type", same(e.get("sub_event_type"), g.get("sub_event_type")))
        tally.pair("sub_event_type_macro_f1", g.get("sub_event_type") or "",
                   e.get("sub_event_type"))
        text = rec.get("text") or ""
        year = str(g.get("event_date") or "")[:4]
        if rec.get("published") or (year and re.search(rf"(?<!\d){year}(?!\d)", text)):
            tally.add("event_date", same(e.get("event_date"), g.get("event_date")))
        normed = norm_text(text)
        if any(mentions(normed, g.get(k)) for k in ("admin1", "admin2", "admin3", "location")):
            tally.add("admin1", _admin1_ok(ev, g.get("admin1"), g.get("country")))
            _coords(tally, ev, g.get("latitude"), g.get("longitude"))
        tally.add("actor1", ev is not None and bool(norm_actor(g.get("actor1")))
                  and norm_actor(e.get("actor1")) == norm_actor(g.get("actor1")))
        tally.add("fatalities", ev is not None and as_int(e.get("fatalities")) == as_int(
            g.get("fatalities")))
    return tally.figures()


# -------------------------------------------------------------------------------- UCDP
def score_ucdp(gold: list[Record], preds: dict[str, Record]) -> Figures:
    tally = Tally(["date", "fatalities", "admin1", "coord_25km", "coord_100km", "country"])
    for rec in gold:
        g = rec["gold"]
        ev = main_event(preds.get(str(rec["id"])))
        e = ev or {}
        day, lo, hi = as_date(e.get("event_date")), as_date(g.get("date_start")), as_date(
            g.get("date_end") or g.get("date_start"))
        tally.add("date", None not in (day, lo, hi) and lo <= day <= hi)  # type: ignore[operator]
        f = as_int(e.get("fatalities")) if ev is not None else None
        best, low, high = as_int(g.get("best")), as_int(g.get("low")), as_int(g.get("high"))
        in_range = f is not None and low is not None and high is not None and low <= f <= high
        tally.add("fatalities", f is not None and (f == best or in_range))
        if g.get("adm_1"):
            tally.add("admin1", _admin1_ok(ev, g.get("adm_1"), g.get("country")))
        if g.get("latitude") is not None and g.get("longitude") is not None:
            _coords(tally, ev, g.get("latitude"), g.get("longitude"))
        tally.add("country", country_match(e.get("country"), g.get("country")))
    return tally.figures()


# -------------------------------------------------------------------------------- CASE
def score_case(gold: list[Record], preds: dict[str, Record]) -> Figures:
    to_case, outside = case_labels()
    tally = Tally(["subtype_acled_classes", "subtype_macro_f1", "no_event_outside_acled"])
    for rec in gold:
        subtype = rec["gold"].get("subtype")
        pred = preds.get(str(rec["id"]))
        if subtype in outside:
            tally.add("no_event_outside_acled", not events_of(pred))
            continue
        ev = main_event(pred)
        label = to_case.get(ev.get("sub_event_type") or "") if ev else None
        tally.add("subtype_acled_classes", same(label, subtype))
        tally.pair("subtype_macro_f1", subtype, label)
    return tally.figures()


# ----------------------------------------------------------------------------- Airwars
AIRWARS_FIELDS = ["belligerent", "region", "civilians_killed_in_range", "date_1day"]


def _airwars_fields(inc: Record, ev: Record, civilians_text: bool) -> dict[str, bool]:
    named = belligerents_of(ev.get("actor1"))
    # One belligerent, and one of the gold ones; an actor standing for several is no answer.
    belligerent = len(named) == 1 and bool(named & split_belligerents(inc.get("belligerents")))
    civ = as_int(ev.get("civilian_fatalities"))
    if civ is None:
        civ = (as_int(ev.get("fatalities")) or 0) if civilians_text else 0
    lo = as_int(inc.get("civilians_killed_min"))
    hi = as_int(inc.get("civilians_killed_max"))
    lo = lo if lo is not None else 0
    hi = hi if hi is not None else lo
    day, gday = as_date(ev.get("event_date")), as_date(inc.get("date"))
    return {
        "belligerent": belligerent,
        "region": place_match(ev.get("admin1"), inc.get("region_en")),
        "civilians_killed_in_range": lo <= civ <= max(lo, hi),
        "date_1day": day is not None and gday is not None and abs((day - gday).days) <= 1,
    }


def score_airwars(gold: list[Record], preds: dict[str, Record]) -> Figures:
    tally = Tally(AIRWARS_FIELDS)
    for rec in gold:
        candidates = events_of(preds.get(str(rec["id"])))[:3]
        civilians_text = speaks_of_civilians(rec.get("text") or "")
        for inc in rec["gold"].get("incidents") or []:
            best = {f: False for f in AIRWARS_FIELDS}
            for ev in candidates:  # first of the best: the earlier event wins ties
                got = _airwars_fields(inc, ev, civilians_text)
                if sum(got.values()) > sum(best.values()):
                    best = got
            for f in AIRWARS_FIELDS:
                tally.add(f, best[f])
    return tally.figures()


# ------------------------------------------------------------------------------ FA-KES
def score_fakes(gold: list[Record], preds: dict[str, Record]) -> Figures:
    tally = Tally(["governorate", "published_exact"])
    for rec in gold:
        g = rec["gold"]
        pred = preds.get(str(rec["id"])) or {}
        admin1 = next((ev.get("admin1") for ev in events_of(pred) if ev.get("admin1")), None)
        # An article with no located event is still about somewhere: the document's admin1.
        admin1 = admin1 or (pred.get("document") or {}).get("admin1")
        if g.get("governorate"):
            tally.add("governorate", place_match(admin1, g["governorate"]))
        if g.get("published"):
            published = (pred.get("document") or {}).get("published")
            tally.add("published_exact", same(str(published or "")[:10] or None, g["published"]))
    return tally.figures()


# --------------------------------------------------------------------------------- GVA
def _variants(inc: Record) -> list[Record]:
    """The incident as coded, then as other crawls coded it (killed, injured, date, city,
    state)."""
    out = [inc]
    for v in inc.get("field_variants_across_crawls") or []:
        if isinstance(v, list | tuple) and len(v) >= 5:
            out.append({"num_killed": v[0], "num_injured": v[1], "date": _us_date(v[2]),
                        "city_or_county": v[3], "state": v[4]})
    return out


def _us_date(text: Any) -> str | None:
    """GVA crawls write dates as "August 3, 2014"."""
    try:
        return dt.datetime.strptime(str(text).strip(), "%B %d, %Y").date().isoformat()
    except ValueError:
        return as_date(text).isoformat() if as_date(text) else None


def score_gva(
    documents: list[Record], incidents: list[Record], events: list[Record]
) -> Figures:
    """``documents``: gva_documents lines; ``incidents``: gva_incidents lines; ``events``:
    ``sitrep events --format jsonl`` lines (with ``doc_ids``)."""
    tally = Tally(["bcubed_precision", "bcubed_recall", "bcubed_f1",
                   "killed", "injured", "date", "city", "state"])
    gold_of = {str(d["id"]): [str(i) for i in d["gold"].get("incident_ids") or []]
               for d in documents}
    clusters: dict[str, set[int]] = defaultdict(set)
    for k, ev in enumerate(events):
        for doc_id in ev.get("doc_ids") or []:
            clusters[str(doc_id)].add(k)
    p, r, f = bcubed(gold_of, clusters)
    n_docs = len(gold_of)
    tally.set("bcubed_precision", n_docs, p if n_docs else None)
    tally.set("bcubed_recall", n_docs, r if n_docs else None)
    tally.set("bcubed_f1", n_docs, f if n_docs else None)

    docs_of: dict[str, set[str]] = defaultdict(set)
    for doc_id, ids in gold_of.items():
        for i in ids:
            docs_of[i].add(doc_id)
    event_docs = [{str(d) for d in ev.get("doc_ids") or []} for ev in events]
    by_id = {str(inc["incident_id"]): inc for inc in incidents}
    for inc_id, docs in docs_of.items():
        inc = by_id.get(inc_id)
        if inc is None:
            continue
        variants = _variants(inc)
        best = {f: False for f in GVA_FIELDS}
        best_key: tuple[int, float, int] = (0, 0.0, 0)
        for k in sorted({k for d in docs for k in clusters.get(d, ())}):
            shared = len(docs & event_docs[k])
            got = _gva_fields(events[k], variants)
            # Most shared documents first; among equals the tighter event, then the one that
            # agrees on more fields (two incidents filed under the same articles).
            key = (shared, shared / len(docs | event_docs[k]), sum(got.values()))
            if key > best_key:
                best, best_key = got, key
        for f in GVA_FIELDS:
            tally.add(f, best[f])
    return tally.figures()


GVA_FIELDS = ["killed", "injured", "date", "city", "state"]


def _gva_fields(ev: Record, variants: list[Record]) -> dict[str, bool]:
    killed = as_int(ev.get("fatalities"))
    injured = next((as_int(ev.get(k)) for k in ("injured_best", "injured_low")
                    if ev.get(k) is not None), 0)
    day = str(ev.get("event_date") or "")[:10] or None
    cities = [n for v in variants for n in place_variants(v.get("city_or_county"))]
    return {
        "killed": any(same(killed, as_int(v.get("num_killed"))) for v in variants),
        "injured": any(same(injured, as_int(v.get("num_injured"))) for v in variants),
        "date": any(same(day, v.get("date")) for v in variants),
        "city": any_place_match(ev.get("location"), cities)
        or any_place_match(ev.get("admin2"), cities),
        "state": any(place_match(ev.get("admin1"), v.get("state")) for v in variants),
    }


# ---------------------------------------------------------------------------- dispatch
FAMILIES = ("acled", "ucdp", "case", "airwars", "fakes", "gva")
SCORERS = {"acled": score_acled, "ucdp": score_ucdp, "case": score_case,
           "airwars": score_airwars, "fakes": score_fakes}


def family_of(name: str) -> str | None:
    """Scorer family from a dataset name or file name ("acled_kenya.dev.jsonl" -> "acled")."""
    key = Path(str(name)).name.lower().replace("-", "_")
    for fam in FAMILIES:
        if key.startswith(fam):
            return fam
    return None


def incidents_path_for(documents_path: Path) -> Path:
    """``gva_documents.dev.jsonl`` -> ``gva_incidents.dev.jsonl`` beside it."""
    return documents_path.with_name(documents_path.name.replace("documents", "incidents"))


def score_records(
    dataset: str,
    gold: list[Record],
    pred_path: Path | str | None,
    incidents: list[Record] | None = None,
) -> Figures:
    fam = family_of(dataset) or family_of(str((gold[0] if gold else {}).get("dataset", "")))
    if fam == "gva":
        events = list(read_jsonl(pred_path)) if pred_path and Path(pred_path).exists() else []
        return score_gva(gold, incidents or [], events)
    if fam is None:
        raise ValueError(f"no scorer for data set {dataset!r}")
    return SCORERS[fam](gold, load_predictions(pred_path))


def score_file(
    dataset: str,
    gold_path: Path | str,
    pred_path: Path | str | None,
    incidents_path: Path | str | None = None,
    limit: int | None = None,
) -> Figures:
    """Score a predictions file against a gold file.

    ``dataset`` names the scorer ("acled_kenya", "acled", "case2021_task2", "gva", ...). For
    per-document sets ``pred_path`` is what ``sitrep extract`` writes; for GVA it is what
    ``sitrep events --format jsonl`` writes, and ``incidents_path`` defaults to the
    ``gva_incidents`` file beside ``gold_path``. ``limit`` keeps the first N gold records.
    """
    gold_path = Path(gold_path)
    gold = list(read_jsonl(gold_path))
    if limit is not None:
        gold = gold[:limit]
    incidents = None
    if family_of(dataset) == "gva" or family_of(gold_path.name) == "gva":
        inc_path = Path(incidents_path) if incidents_path else incidents_path_for(gold_path)
        incidents = list(read_jsonl(inc_path)) if inc_path.exists() else []
    return score_records(dataset, gold, pred_path, incidents)
