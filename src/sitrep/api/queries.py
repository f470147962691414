"""Read queries behind the JSON API, written against the store's tables (sitrep.store.schema).

The store owns the schema and the writes; this module only reads, with SQLAlchemy Core
expressions that compile the same way on SQLite and PostgreSQL (JSON fields are read with
``record["field"].as_string()``: ``json_extract`` on SQLite, ``->>`` on PostgreSQL).

Everything returned is plain JSON-ready data (dicts, lists, strings, numbers).
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, Select, and_, func, inspect, or_, select
from sqlalchemy.sql.elements import ColumnElement

from sitrep.datafiles import YAMLError, parse_yaml
from sitrep.store import schema as S

# Fields of the reconciled record shown in event summaries (lists, map popups, exports).
SUMMARY_FIELDS = (
    "event_id", "event_date", "date_start", "date_end", "time_precision", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "actor2", "assoc_actor_2", "country",
    "admin1", "admin2", "location", "latitude", "longitude", "geo_precision", "fatalities",
    "fatalities_low", "fatalities_best", "fatalities_high", "civilian_fatalities",
    "injured_low", "injured_best", "injured_high", "notes", "confidence",
)
# Record fields searched by ``q`` (the spec: notes, location, actors).
SEARCH_FIELDS = (
    "notes", "location", "admin1", "admin2", "actor1", "actor2", "assoc_actor_1", "assoc_actor_2",
)
ACTOR_FIELDS = ("actor1", "actor2", "assoc_actor_1", "assoc_actor_2")
MAX_TIMELINE_WEEKS = 5000


class DatabaseError(RuntimeError):
    """The database cannot be opened or does not hold a sitrep schema."""


def engine_for(db: str) -> Engine:
    """An engine for a SQLAlchemy URL (``postgresql+psycopg://...``) or an SQLite file path.

    Raises :class:`DatabaseError` with a readable message when the file is missing or holds
    no sitrep tables, so that ``sitrep serve`` stops at start-up instead of answering 500s.
    """
    from sitrep.store.db import make_engine

    if "://" not in db and not Path(db).exists():
        raise DatabaseError(f"no database at {db}: create one with `sitrep ingest FILES --db {db}`")
    try:
        engine = make_engine(db)
        names = set(inspect(engine).get_table_names())
    except Exception as exc:  # driver errors differ per backend; all mean "cannot open"
        raise DatabaseError(f"cannot open database {db}: {exc}") from exc
    missing = {"documents", "reports", "events"} - names
    if missing:
        raise DatabaseError(
            f"{db} is not a sitrep database (missing tables: {', '.join(sorted(missing))}); "
            "create one with `sitrep ingest`"
        )
    return engine


# --------------------------------------------------------------------------- filters
@dataclass(slots=True, frozen=True)
class EventFilter:
    since: dt.date | None = None
    until: dt.date | None = None
    country: str | None = None
    admin1: str | None = None
    type: str | None = None  # event_type or sub_event_type
    actor: str | None = None
    grade: str | None = None
    q: str | None = None

    def without_dates(self) -> EventFilter:
        return EventFilter(None, None, self.country, self.admin1, self.type, self.actor,
                           self.grade, self.q)


def _rec(field: str) -> ColumnElement[Any]:
    return S.events.c.record[field].as_string()


def _like(value: str) -> str:
    escaped = value.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _contains(col: ColumnElement[Any], value: str) -> ColumnElement[bool]:
    return func.lower(col).like(_like(value), escape="\\")


def _conditions(f: EventFilter) -> list[ColumnElement[bool]]:
    ev = S.events.c
    out: list[ColumnElement[bool]] = []
    if f.since:
        out.append(ev.event_date >= f.since.isoformat())
    if f.until:
        out.append(ev.event_date <= f.until.isoformat())
    if f.country:
        out.append(func.lower(ev.country) == f.country.lower())
    if f.admin1:
        out.append(func.lower(ev.admin1) == f.admin1.lower())
    if f.type:
        t = f.type.lower()
        out.append(or_(func.lower(ev.event_type) == t, func.lower(ev.sub_event_type) == t))
    if f.grade:
        out.append(func.lower(ev.grade) == f.grade.lower())
    if f.actor:
        out.append(or_(*[_contains(_rec(k), f.actor) for k in ACTOR_FIELDS]))
    if f.q:
        # Every word must appear somewhere in the searched fields.
        for word in f.q.split():
            out.append(or_(*[_contains(_rec(k), word) for k in SEARCH_FIELDS],
                           _contains(ev.country, word)))
    return out


def _filtered(stmt: Select[Any], f: EventFilter) -> Select[Any]:
    # An event row without a record is one the store is still building (inside a split).
    return stmt.where(and_(S.events.c.record.is_not(None), *_conditions(f)))


def _ordered(stmt: Select[Any], order: str) -> Select[Any]:
    ev = S.events.c
    key = ev.event_date.asc() if order == "asc" else ev.event_date.desc()
    return stmt.order_by(key.nulls_last(), ev.event_id.asc())


# --------------------------------------------------------------------------- shaping
def _summary(row: Any) -> dict[str, Any]:
    rec: dict[str, Any] = dict(row.record or {})
    out = {k: rec.get(k) for k in SUMMARY_FIELDS}
    # Indexed columns are authoritative (a correction updates them with the record).
    for col in ("event_id", "event_date", "country", "admin1", "event_type", "sub_event_type",
                "latitude", "longitude"):
        value = getattr(row, col)
        if value is not None or out.get(col) is None:
            out[col] = value
    if row.fatalities is not None:
        out["fatalities"] = row.fatalities
    out["fatalities"] = out.get("fatalities") or 0
    out["grade"] = row.grade
    out["reports"] = row.n_reports or 0
    return out


def _event_columns() -> list[Any]:
    ev = S.events.c
    return [ev.event_id, ev.event_date, ev.country, ev.admin1, ev.event_type, ev.sub_event_type,
            ev.latitude, ev.longitude, ev.fatalities, ev.grade, ev.n_reports, ev.record]


# --------------------------------------------------------------------------- events
def list_events(engine: Engine, f: EventFilter, limit: int, offset: int,
                order: str = "desc") -> dict[str, Any]:
    with engine.connect() as conn:
        total = conn.execute(_filtered(select(func.count()).select_from(S.events), f)).scalar_one()
        stmt = _ordered(_filtered(select(*_event_columns()), f), order).limit(limit).offset(offset)
        rows = conn.execute(stmt).all()
    return {"total": total, "limit": limit, "offset": offset,
            "events": [_summary(r) for r in rows]}


def iter_events(engine: Engine, f: EventFilter, order: str = "asc",
                limit: int | None = None, chunk: int = 1000) -> Iterator[dict[str, Any]]:
    """All matching events (for exports), read in pages so memory stays flat."""
    offset = 0
    sent = 0
    while True:
        size = chunk if limit is None else min(chunk, limit - sent)
        if size <= 0:
            return
        with engine.connect() as conn:
            stmt = _ordered(_filtered(select(*_event_columns()), f), order)
            rows = conn.execute(stmt.limit(size).offset(offset)).all()
        for r in rows:
            yield _summary(r)
        sent += len(rows)
        offset += len(rows)
        if len(rows) < size:
            return


def event_outlets(engine: Engine, event_ids: list[str]) -> dict[str, list[str]]:
    """Outlets reporting each event (the ``source`` column of the CSV export)."""
    if not event_ids:
        return {}
    out: dict[str, set[str]] = defaultdict(set)
    stmt = (select(S.reports.c.event_id, S.documents.c.outlet)
            .join(S.documents, S.documents.c.id == S.reports.c.doc_id)
            .where(S.reports.c.event_id.in_(event_ids)))
    with engine.connect() as conn:
        for eid, outlet in conn.execute(stmt):
            if outlet:
                out[eid].add(outlet)
    return {k: sorted(v) for k, v in out.items()}


def _json_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def get_event(engine: Engine, event_id: str) -> dict[str, Any] | None:
    ev = S.events.c
    with engine.connect() as conn:
        row = conn.execute(select(*_event_columns(), ev.extras, ev.created_at, ev.updated_at)
                           .where(ev.event_id == event_id)).first()
        if row is None:
            return None
        rec: dict[str, Any] = dict(row.record or {})
        extras: dict[str, Any] = dict(row.extras or {}) if isinstance(row.extras, dict) else {}
        rep_rows = conn.execute(
            select(S.reports.c.rid, S.reports.c.doc_id, S.reports.c.status,
                   S.documents.c.title, S.documents.c.outlet, S.documents.c.url,
                   S.documents.c.published, S.documents.c.copy_of, S.documents.c.seq)
            .join(S.documents, S.documents.c.id == S.reports.c.doc_id, isouter=True)
            .where(S.reports.c.event_id == event_id)
            .order_by(S.documents.c.seq, S.reports.c.rid)
        ).all()
        corr_rows = []
        if "corrections" in inspect(conn).get_table_names():
            corr_rows = conn.execute(
                select(S.corrections).where(S.corrections.c.event_id == event_id)
                .order_by(S.corrections.c.id)).all()
    event = _summary(row)
    event["created_at"] = _iso(row.created_at)
    event["updated_at"] = _iso(row.updated_at)
    for key in ("outlets", "original_sources", "copies", "n_outlets", "n_original_sources"):
        event[key] = extras.get(key)
    reports: dict[str, dict[str, Any]] = {}
    for r in rep_rows:
        item = reports.setdefault(r.doc_id, {
            "id": r.doc_id, "title": r.title, "outlet": r.outlet, "url": r.url,
            "published": r.published, "copy_of": r.copy_of, "report_ids": []})
        item["report_ids"].append(r.rid)
    claims = _json_list(rec.get("claims"))
    # Documents cited by claims or evidence but not linked through reports still get shown.
    for c in claims:
        doc_id = c.get("doc_id") if isinstance(c, dict) else None
        if doc_id and doc_id not in reports:
            reports[doc_id] = {"id": doc_id, "title": None, "outlet": c.get("outlet"), "url": None,
                               "published": None, "copy_of": None, "report_ids": []}
    evidence = rec.get("evidence") if isinstance(rec.get("evidence"), dict) else {}
    return {
        "event": event,
        "grade": row.grade,
        "grade_details": extras.get("grade_details") or extras.get("grading"),
        "claims": claims,
        "evidence": evidence,
        "contradictions": normalise_contradictions(
            extras.get("contradictions", rec.get("contradictions"))),
        "corrections": [_correction(c) for c in corr_rows],
        "reports": list(reports.values()),
        "counts": rec.get("counts") or {},
        "status": rec.get("status"),
    }


def normalise_contradictions(raw: Any) -> list[dict[str, Any]]:
    """Contradictions as ``[{field, values: [{value, sources, doc_ids, outlets}], note}]``.

    The fusion step keeps them as ``[{field, sides: [{value, sources, outlets}]}]``; older or
    hand-made shapes (``{field: [...]}``, bare value lists) become the same shape so the web
    page needs one renderer.
    """
    if not raw:
        return []
    items: list[tuple[str, Any]] = []
    if isinstance(raw, dict):
        items = list(raw.items())
    elif isinstance(raw, list):
        for c in raw:
            if isinstance(c, dict):
                items.append((str(c.get("field", "?")), c))
    out = []
    for field, body in items:
        note = None
        values: Any = body
        if isinstance(body, dict):
            note = body.get("note") or body.get("resolution")
            values = body.get("sides", body.get("values", body.get("claims", [])))
        vals = []
        for v in _json_list(values):
            if isinstance(v, dict):
                doc_ids = v.get("doc_ids") or ([v["doc_id"]] if v.get("doc_id") else [])
                outlets = v.get("outlets") or ([v["outlet"]] if v.get("outlet") else [])
                vals.append({"value": v.get("value"), "sources": v.get("sources") or [],
                             "doc_ids": doc_ids, "outlets": outlets})
            else:
                vals.append({"value": v, "sources": [], "doc_ids": [], "outlets": []})
        out.append({"field": field, "values": vals, "note": note})
    return out


def _iso(value: Any) -> Any:
    return value.isoformat() if isinstance(value, dt.datetime | dt.date) else value


def _correction(row: Any) -> dict[str, Any]:
    m = row._mapping
    return {"id": m["id"], "event_id": m["event_id"], "kind": m["kind"], "field": m["field"],
            "old_value": m["old_value"], "new_value": m["new_value"], "note": m["note"],
            "author": m["who"], "created_at": _iso(m["at"])}


def event_exists(engine: Engine, event_id: str) -> bool:
    with engine.connect() as conn:
        return conn.execute(select(S.events.c.event_id)
                            .where(S.events.c.event_id == event_id)).first() is not None


# --------------------------------------------------------------------------- documents
def _evidence_spans(evidence: Any, doc_id: str, event_id: str | None,
                    origin: str) -> list[dict[str, Any]]:
    spans = []
    if not isinstance(evidence, dict):
        return spans
    for field, items in evidence.items():
        for e in _json_list(items):
            if isinstance(e, dict) and e.get("doc_id") == doc_id:
                spans.append({"field": field, "event_id": event_id, "origin": origin,
                              "start": e.get("start"), "end": e.get("end"), "text": e.get("text"),
                              "sentence_start": e.get("sentence_start"),
                              "sentence_end": e.get("sentence_end")})
    return spans


def get_document(engine: Engine, doc_id: str) -> dict[str, Any] | None:
    d = S.documents.c
    with engine.connect() as conn:
        row = conn.execute(select(d.id, d.title, d.outlet, d.url, d.published,
                                  d.published_precision, d.language, d.source_path, d.text,
                                  d.copy_of, d.copy_similarity, d.n_reports, d.ingested_at)
                           .where(d.id == doc_id)).first()
        if row is None:
            return None
        reps = conn.execute(select(S.reports.c.rid, S.reports.c.idx, S.reports.c.status,
                                   S.reports.c.event_id, S.reports.c.record)
                            .where(S.reports.c.doc_id == doc_id)
                            .order_by(S.reports.c.idx)).all()
        event_ids = sorted({r.event_id for r in reps if r.event_id})
        ev_rows = conn.execute(select(S.events.c.event_id, S.events.c.record)
                               .where(S.events.c.event_id.in_(event_ids))).all() if event_ids else []
    spans: list[dict[str, Any]] = []
    seen: set[tuple[Any, ...]] = set()
    for source_rows, origin in ((ev_rows, "event"), (reps, "report")):
        for r in source_rows:
            rec = r.record if isinstance(r.record, dict) else {}
            for s in _evidence_spans(rec.get("evidence"), doc_id, r.event_id, origin):
                key = (s["field"], s["event_id"], s["start"], s["end"])
                if key not in seen:
                    seen.add(key)
                    spans.append(s)
    spans.sort(key=lambda s: (s["start"] if isinstance(s["start"], int) else -1, s["field"]))
    return {
        "id": row.id, "title": row.title, "outlet": row.outlet, "url": row.url,
        "published": row.published, "published_precision": row.published_precision,
        "language": row.language, "source_path": row.source_path, "copy_of": row.copy_of,
        "copy_similarity": row.copy_similarity, "ingested_at": _iso(row.ingested_at),
        "text": row.text, "events": event_ids,
        "reports": [{"id": r.rid, "index": r.idx, "status": r.status, "event_id": r.event_id}
                    for r in reps],
        "spans": spans,
    }


# --------------------------------------------------------------------------- facets, timeline
def facets(engine: Engine) -> dict[str, Any]:
    ev = S.events.c
    with engine.connect() as conn:
        types = conn.execute(select(ev.event_type, func.count()).group_by(ev.event_type)).all()
        subs = conn.execute(select(ev.event_type, ev.sub_event_type, func.count())
                            .group_by(ev.event_type, ev.sub_event_type)).all()
        countries = conn.execute(select(ev.country, func.count()).group_by(ev.country)).all()
        grades = conn.execute(select(ev.grade, func.count()).group_by(ev.grade)).all()
        span = conn.execute(select(func.min(ev.event_date), func.max(ev.event_date))).first()

    def ranked(rows: list[Any]) -> list[dict[str, Any]]:
        return sorted(({"name": n, "count": c} for n, c in rows if n),
                      key=lambda x: (-x["count"], x["name"]))

    return {
        "event_types": ranked(types),
        "sub_event_types": sorted(
            ({"name": s, "event_type": t, "count": c} for t, s, c in subs if s),
            key=lambda x: (-x["count"], x["name"])),
        "countries": ranked(countries),
        "grades": ranked(grades),
        "first_date": span[0] if span else None,
        "last_date": span[1] if span else None,
    }


def _monday(d: dt.date) -> dt.date:
    return d - dt.timedelta(days=d.weekday())


def timeline(engine: Engine, f: EventFilter) -> dict[str, Any]:
    """Events and fatalities per ISO week (Monday start), empty weeks included."""
    ev = S.events.c
    stmt = _filtered(select(ev.event_date, ev.fatalities), f).where(ev.event_date.is_not(None))
    counts: Counter[dt.date] = Counter()
    deaths: Counter[dt.date] = Counter()
    undated = 0
    with engine.connect() as conn:
        for date_s, fat in conn.execute(stmt):
            try:
                week = _monday(dt.date.fromisoformat(date_s))
            except (TypeError, ValueError):
                undated += 1
                continue
            counts[week] += 1
            deaths[week] += fat or 0
    weeks = []
    if counts:
        first, last = min(counts), max(counts)
        n = (last - first).days // 7 + 1
        if n <= MAX_TIMELINE_WEEKS:
            dates = [first + dt.timedelta(weeks=i) for i in range(n)]
        else:  # a very long span: only the weeks that have events
            dates = sorted(counts)
        weeks = [{"week": w.isoformat(), "events": counts[w], "fatalities": deaths[w]}
                 for w in dates]
    return {"weeks": weeks, "undated": undated}


# --------------------------------------------------------------------------- sources
@lru_cache(maxsize=1)
def framing_lexicon() -> list[dict[str, Any]]:
    """The framing groups with one compiled regex per term (from lexicons/framing.yaml)."""
    text = resources.files("sitrep.data").joinpath("lexicons/framing.yaml").read_text("utf-8")
    groups = []
    for g in parse_yaml(text)["groups"]:
        terms = []
        for t in g["terms"]:
            forms = t.get("forms") or [t["term"], t["term"] + "s"]
            alts = "|".join(re.escape(f).replace(r"\ ", r"\s+")
                            for f in sorted(forms, key=len, reverse=True))
            terms.append((t["term"], re.compile(rf"\b(?:{alts})\b", re.IGNORECASE)))
        groups.append({"name": g["name"], "label": g.get("label", g["name"]), "terms": terms})
    return groups


def count_framing(text: str) -> dict[str, dict[str, int]]:
    out: dict[str, dict[str, int]] = {}
    for g in framing_lexicon():
        counts = {term: len(rx.findall(text)) for term, rx in g["terms"]}
        out[g["name"]] = {k: v for k, v in counts.items() if v}
    return out


@lru_cache(maxsize=1)
def _source_kinds() -> dict[str, str]:
    try:
        text = resources.files("sitrep.data").joinpath("sources.yaml").read_text("utf-8")
        data = parse_yaml(text) or {}
    except (FileNotFoundError, YAMLError):
        return {}
    return {s["name"]: s.get("kind") for s in data.get("sources", []) if isinstance(s, dict)
            and s.get("name")}


_sources_cache: dict[tuple[Any, ...], dict[str, Any]] = {}


def sources(engine: Engine) -> dict[str, Any]:
    """Outlets (who reports what, whom they cite, their vocabulary) and cited sources.

    Vocabulary counting reads every document's text, so the result is cached until the
    documents or reports change (keyed on their counts and latest ingest sequence).
    """
    d, r = S.documents.c, S.reports.c
    with engine.connect() as conn:
        key = (str(engine.url),
               *conn.execute(select(func.count(), func.max(d.seq))).first(),
               conn.execute(select(func.count()).select_from(S.reports)).scalar_one())
        if key in _sources_cache:
            return _sources_cache[key]
        docs = conn.execute(select(d.id, d.outlet, d.text)).all()
        reps = conn.execute(select(r.doc_id, r.event_id, r.record)).all()
    outlet_of = {doc.id: doc.outlet or "unknown outlet" for doc in docs}
    outlets: dict[str, dict[str, Any]] = {}
    for doc in docs:
        name = outlet_of[doc.id]
        o = outlets.setdefault(name, {"name": name, "reports": 0, "documents": [],
                                      "events": set(), "cites": Counter(),
                                      "vocabulary": defaultdict(Counter)})
        o["reports"] += 1
        o["documents"].append(doc.id)
        for group, counts in count_framing(doc.text or "").items():
            o["vocabulary"][group].update(counts)
    cited: dict[str, dict[str, Any]] = {}
    for rep in reps:
        outlet = outlet_of.get(rep.doc_id, "unknown outlet")
        if outlet in outlets and rep.event_id:
            outlets[outlet]["events"].add(rep.event_id)
        rec = rep.record if isinstance(rep.record, dict) else {}
        cited_here: set[str] = set()
        for claim in _json_list(rec.get("claims")):
            if not isinstance(claim, dict):
                continue
            src = claim.get("source")
            if src and src != outlet:
                cited_here.add(src)
        for src in cited_here:
            s = cited.setdefault(src, {"name": src, "kind": _source_kinds().get(src),
                                       "cited_by": Counter(), "events": set()})
            s["cited_by"][outlet] += 1
            if rep.event_id:
                s["events"].add(rep.event_id)
            if outlet in outlets:
                outlets[outlet]["cites"][src] += 1
    groups = framing_lexicon()
    result = {
        "outlets": [
            {"name": o["name"], "reports": o["reports"], "documents": sorted(o["documents"]),
             "events": sorted(o["events"]), "cites": dict(o["cites"].most_common()),
             "vocabulary": {g["name"]: dict(o["vocabulary"][g["name"]].most_common())
                            for g in groups}}
            for o in sorted(outlets.values(), key=lambda o: (-o["reports"], o["name"]))
        ],
        "sources": [
            {"name": s["name"], "kind": s["kind"], "cited_by": dict(s["cited_by"].most_common()),
             "reports": sum(s["cited_by"].values()), "events": sorted(s["events"])}
            for s in sorted(cited.values(), key=lambda s: (-sum(s["cited_by"].values()), s["name"]))
        ],
        "lexicon_groups": [{"name": g["name"], "label": g["label"],
                            "terms": [t for t, _ in g["terms"]]} for g in groups],
    }
    _sources_cache.clear()
    _sources_cache[key] = result
    return result
