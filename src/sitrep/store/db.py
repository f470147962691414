"""The event store: documents, reports, fused events and corrections in one database.

``Store(url)`` opens (and creates) a SQLite file or a PostgreSQL database. ``ingest`` adds
documents in batches (one transaction per batch, never one per row), detects copies,
fuses each new document's main report incrementally into the event it matches (or opens
a new event; see :func:`main_report` for which report that is and why the others are
stored but not fused unless ``fuse_secondary`` is set), and reconciles the touched events
once per batch. Candidate events come from blocking keys: week x country x admin1, the
document's distinctive name words (``n|<word>``, counted in the ``names`` table), and a
capped place-only look-up between dated and undated reports. Event ids are derived from the report an
event was opened for (``EV-`` + hash of "<doc id>#<index>"), so they never change when
more documents arrive or when the archive is re-fused in the same order.

Corrections (``edit``, ``merge``, ``split``) are stored as such and re-applied: edits on
every reconciliation, merges and splits as must-link / cannot-link constraints when the
archive is re-fused (``refuse``) or when a changed document is re-ingested.
"""

from __future__ import annotations

import datetime as dt
import getpass
import hashlib
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import (
    Connection,
    bindparam,
    create_engine,
    delete,
    event,
    func,
    insert,
    select,
    update,
)
from sqlalchemy.engine import Engine

from sitrep.doc import Doc, Failure
from sitrep.fuse import copies
from sitrep.fuse.features import features as report_features
from sitrep.fuse.features import name_keys, norm
from sitrep.fuse.match import DOCS_KEY, JOIN_THRESHOLD, Rarity, event_score
from sitrep.fuse.reconcile import Member, outlet_name, reconcile
from sitrep.parallel import CollectionReport, process_collection
from sitrep.record import EventRecord
from sitrep.store.schema import (
    corrections,
    doc_bands,
    documents,
    event_blocks,
    events,
    failures,
    metadata,
    names,
    reports,
)

DEFAULT_DB = "sitrep.db"
MAX_WEEKS = 10  # reports vaguer than this are blocked under one "wide" key per country
# A name carried by more documents than this is no evidence that two reports tell one story
# (a city, a police department, an outlet's page furniture) ...
NAME_DF_MAX = 12
# ... nor one carried by more than this share of all documents: in a small archive about one
# war every document names the same provinces and monitors, and no name is distinctive
# until there are enough documents to tell.
NAME_DF_SHARE = 0.1
WIDE_CAP = 200
_UNDATED_KEY = "#undated"  # ... and the fused reports without a date
_IN_CHUNK = 500

# Fields a user may edit: the record's scalar fields plus the grade.
_INT_FIELDS = {"fatalities", "fatalities_low", "fatalities_best", "fatalities_high",
               "civilian_fatalities", "injured_low", "injured_best", "injured_high",
               "time_precision", "geo_precision"}
_FLOAT_FIELDS = {"latitude", "longitude", "confidence"}
EDITABLE = ({f for f in EventRecord.__dataclass_fields__} - {"claims", "evidence", "event_id",
                                                               "counts"}) | {"grade"}


def resolve_url(db: str | os.PathLike[str] | None) -> str:
    """``--db`` value (or $SITREP_DB, or ./sitrep.db) as a SQLAlchemy URL."""
    value = str(db) if db else os.environ.get("SITREP_DB") or DEFAULT_DB
    if value.startswith("postgresql://") or value.startswith("postgres://"):
        return "postgresql+psycopg://" + value.split("://", 1)[1]
    if "://" in value:
        return value
    return "sqlite:///" + os.path.abspath(value)


def make_engine(db: str | os.PathLike[str] | None) -> Engine:
    url = resolve_url(db)
    engine = create_engine(url, future=True)
    if engine.dialect.name == "sqlite":
        @event.listens_for(engine, "connect")
        def _pragmas(dbapi_conn: Any, _record: Any) -> None:  # pragma: no cover - trivial
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=NORMAL")
            cur.close()
    return engine


def event_id_for(rid: str, salt: str = "") -> str:
    return "EV-" + hashlib.sha1((rid + salt).encode("utf-8")).hexdigest()[:12]


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _week_keys(f: dict[str, Any]) -> list[str]:
    """Blocking keys of one report: its weeks (±1 day) x (country, admin1) at three levels."""
    if f["lo"] is None:
        weeks = ["nodate"]
    else:
        first, last = (f["lo"] - 1) // 7, (f["hi"] + 1) // 7
        weeks = ["wide"] if last - first > MAX_WEEKS else [str(w) for w in range(first, last + 1)]
    c, a = f["country"] or "", f["admin1"] or ""
    keys = []
    for w in weeks:
        keys += [f"{w}|{c}|{a}", f"{w}|{c}|*", f"{w}|*"]
    if c and f["lo"] is not None:
        # Timeless place keys: an undated report looks for dated events here.
        keys += [f"t|{c}|{a}", f"t|{c}|*"]
    keys += [f"n|{n}" for n in f.get("names") or ()]
    return keys


def _place_keys(w: str, c: str | None, a: str | None) -> list[str]:
    if c and a:
        return [f"{w}|{c}|{a}", f"{w}|{c}|", f"{w}||"]
    if c:
        return [f"{w}|{c}|*", f"{w}||"]
    return [f"{w}|*"]


def _query_keys(f: dict[str, Any]) -> list[str]:
    """Keys under which events compatible with this report can be filed."""
    if f["lo"] is None:
        weeks = ["nodate"]
    else:
        first, last = (f["lo"] - 2) // 7, (f["hi"] + 2) // 7
        weeks = ["wide"] if last - first > MAX_WEEKS else [str(w) for w in range(first, last + 1)]
    keys = []
    for w in weeks:
        keys += _place_keys(w, f["country"], f["admin1"])
    return keys


def _other_time_keys(f: dict[str, Any]) -> list[str]:
    """Keys of events whose dating differs in kind from this report's: dated events for an
    undated report (by place, whatever their date), undated events for a dated one. Looked
    up with a cap (:data:`WIDE_CAP`): when a place holds more, only names can tell."""
    c, a = f["country"], f["admin1"]
    if f["lo"] is None:
        if not c:
            return []
        return [f"t|{c}|{a}"] if a else [f"t|{c}|*"]
    return _place_keys("nodate", c, a)


@dataclass
class IngestSummary:
    processed: int = 0
    known: int = 0
    failed: int = 0
    reports: int = 0
    copies: int = 0
    failures: list[Failure] = field(default_factory=list)
    new_events: int = 0
    # The collection's country prior and how many documents were read again with it.
    collection: CollectionReport = field(default_factory=CollectionReport)


def _chunks(items: list[Any], n: int = _IN_CHUNK) -> Iterator[list[Any]]:
    for i in range(0, len(items), n):
        yield items[i:i + n]




class _Batch:
    """State of one ingest transaction.

    Rows are collected and written with one executemany per table at the end of the batch
    (or before anything needs to read them back); event profiles and the blocking keys added
    during the batch are kept in memory so that later documents of the same batch see them.
    """

    def __init__(self, conn: Connection, df: dict[str, int] | None = None):
        self.conn = conn
        self.df = df if df is not None else {}  # the store's name -> document count
        self.df_touched: set[str] = set()
        self.rarity: Rarity | None = None
        self.changed: set[str] = set()  # documents re-ingested with new content
        self.profiles: dict[str, list[dict[str, Any]]] = {}
        self.blocks: dict[str, set[str]] = {}
        self.dirty: set[str] = set()
        self.new_events = 0
        self.key_index: dict[str, set[str]] = {}
        self.band_index: dict[int, set[str]] = {}
        self.sigs: dict[str, tuple[Any, str | None, str | None]] = {}
        self.rows: dict[str, list[dict[str, Any]]] = {
            "documents": [], "doc_bands": [], "events": [], "event_blocks": [], "reports": []}

    def write(self) -> None:
        for name in ("documents", "doc_bands", "events", "event_blocks", "reports"):
            rows = self.rows[name]
            if rows:
                self.conn.execute(insert(metadata.tables[name]), rows)
                self.rows[name] = []
        if self.df_touched:
            touched = sorted(self.df_touched)
            for chunk in _chunks(touched):
                self.conn.execute(delete(names).where(names.c.name.in_(chunk)))
            self.conn.execute(insert(names), [{"name": n, "n_docs": self.df[n]}
                                              for n in touched])
            self.df_touched.clear()
        self.key_index.clear()
        self.band_index.clear()
        self.sigs.clear()


class Store:
    def __init__(self, db: str | os.PathLike[str] | None = None, *, engine: Engine | None = None):
        self.engine = engine or make_engine(db)
        metadata.create_all(self.engine)
        self._hashes: dict[str, str] | None = None
        self._next_seq: int | None = None
        self._df: dict[str, int] | None = None
        # Fuse only each document's main report (what the document is about) unless asked
        # to fuse every report: see ``ingest``.
        self.fuse_secondary = False
        self.who = os.environ.get("SITREP_USER") or _user()

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------------ ingest
    def known(self, doc: Doc) -> bool:
        """Is this exact document (same id, same content hash) already stored?"""
        if self._hashes is None:
            with self.engine.connect() as conn:
                self._hashes = {r[0]: r[1] for r in conn.execute(
                    select(documents.c.id, documents.c.content_hash))}
        return self._hashes.get(doc.id) == content_hash(doc.text)

    def ingest(self, items: Iterable[Doc | Failure], process: Callable[[Doc], Doc] | None = None,
               *, batch_size: int = 200, workers: int = 1,
               country: str | None = None) -> IngestSummary:
        """Store documents (running ``process`` on new ones), fuse their reports.

        ``items`` are Docs or Failures (as ``sitrep.ingest.iter_documents`` yields them).
        Already-known documents are skipped before ``process`` runs. With ``workers`` > 1
        (and a platform that can fork), ``process`` runs in that many forked worker
        processes while this one stores and fuses: extraction is most of the cost and
        fusion must stay sequential (each report is compared with the events before it).
        Documents are handed out in windows, so memory stays bounded and the order in
        which documents are fused is the input order either way. ``country``: the
        collection's country prior for ``process`` (see
        ``sitrep.parallel.process_collection``: None, a country name, or "auto"); the
        summary's ``collection`` says what was found.
        """
        summary = IngestSummary()
        pending: list[Doc | Failure] = []

        def fresh() -> Iterator[Doc | Failure]:
            for item in items:
                if isinstance(item, Doc) and self.known(item):
                    summary.known += 1
                    continue
                yield item

        def take(item: Doc | Failure) -> None:
            nonlocal pending
            pending.append(item)
            if len(pending) >= batch_size:
                self._ingest_batch(pending, summary)
                pending = []

        if process is None:
            for item in fresh():
                take(item)
        else:
            for item in process_collection(fresh(), process, workers, country=country,
                                           report=summary.collection):
                take(item)
        if pending:
            self._ingest_batch(pending, summary)
        return summary

    def _ingest_batch(self, items: list[Doc | Failure], summary: IngestSummary) -> None:
        with self.engine.begin() as conn:
            batch = _Batch(conn, self._name_df(conn))
            changed_docs: list[str] = []
            fail_rows = []
            for item in items:
                if isinstance(item, Failure):
                    summary.failed += 1
                    summary.failures.append(item)
                    fail_rows.append({"source": item.source, "line": item.line,
                                      "reason": item.reason, "doc_id": item.doc_id, "at": _now()})
                    continue
                if self._hashes is not None and item.id in self._hashes:
                    batch.write()  # the old version may still be pending in this batch
                    self._remove_doc(batch, item.id)
                    changed_docs.append(item.id)
                    batch.changed.add(item.id)
                self._add_doc(batch, item, summary)
                summary.processed += 1
            if fail_rows:
                conn.execute(insert(failures), fail_rows)
            self._flush(batch)
            if changed_docs:
                self._apply_constraints(conn, doc_ids=set(changed_docs))
            summary.new_events += batch.new_events

    def _name_df(self, conn: Connection) -> dict[str, int]:
        if self._df is None:
            self._df = {r[0]: r[1] for r in conn.execute(select(names.c.name, names.c.n_docs))}
        return self._df

    def _seq(self, conn: Connection) -> int:
        if self._next_seq is None:
            self._next_seq = (conn.execute(select(func.max(documents.c.seq))).scalar() or 0) + 1
        seq = self._next_seq
        self._next_seq += 1
        return seq

    def _add_doc(self, batch: _Batch, doc: Doc, summary: IngestSummary) -> None:
        conn = batch.conn
        chash = content_hash(doc.text)
        sig = copies.signature(doc.text)
        copy_of, sim, original_outlet = None, None, None
        keys: list[int] = []
        if sig is not None:
            keys = sorted(set(copies.band_keys(sig)))
            cands = {r[0] for r in conn.execute(
                select(doc_bands.c.doc_id).where(doc_bands.c.band_key.in_(keys)).distinct())}
            for k in keys:
                cands |= batch.band_index.get(k, set())
            cands.discard(doc.id)
            if cands:
                found: list[tuple[float, str, str | None]] = []
                stored = sorted(c for c in cands if c not in batch.sigs)[:200]
                for row in conn.execute(select(documents.c.id, documents.c.signature,
                                               documents.c.copy_of, documents.c.outlet)
                                        .where(documents.c.id.in_(stored))):
                    if row.signature is not None:
                        s = copies.similarity(sig, copies.from_bytes(row.signature))
                        found.append((s, row.copy_of or row.id, row.outlet if not row.copy_of
                                      else None))
                for c in cands:
                    if c in batch.sigs:
                        other, other_copy, other_outlet = batch.sigs[c]
                        found.append((copies.similarity(sig, other), other_copy or c,
                                      other_outlet if not other_copy else None))
                if found:
                    best = max(found, key=lambda x: x[0])
                    if best[0] >= copies.COPY_THRESHOLD:
                        sim, copy_of, original_outlet = best
                        if original_outlet is None:
                            original_outlet = self._outlet_of(batch, copy_of)
                        summary.copies += 1
            batch.sigs[doc.id] = (sig, copy_of, original_outlet if copy_of else doc.outlet)
            for k in keys:
                batch.band_index.setdefault(k, set()).add(doc.id)
        batch.rows["documents"].append(dict(
            id=doc.id, seq=self._seq(conn), content_hash=chash, title=doc.title,
            outlet=doc.outlet, url=doc.url,
            published=doc.published.isoformat() if doc.published else None,
            published_precision=doc.published_precision, language=doc.language,
            source_path=doc.source_path, text=doc.text, copy_of=copy_of, copy_similarity=sim,
            signature=copies.to_bytes(sig) if sig is not None else None,
            n_reports=len(doc.events), ingested_at=_now()))
        batch.rows["doc_bands"].extend({"band_key": k, "doc_id": doc.id} for k in keys)
        if self._hashes is not None:
            self._hashes[doc.id] = chash
        rows = []
        main, join_only = main_report([r.status for r in doc.events])
        doc_names = name_keys(f"{doc.title or ''}\n{doc.text}") if main is not None else []
        for n in [DOCS_KEY, *doc_names]:
            batch.df[n] = batch.df.get(n, 0) + 1
            batch.df_touched.add(n)
        for idx, rec in enumerate(doc.events):
            rid = f"{doc.id}#{idx}"
            f = report_features(rec, rid=rid, doc_id=doc.id,
                                outlet=original_outlet if copy_of else doc.outlet, copy_of=copy_of,
                                names=doc_names if idx == main else _evidence_names(doc, rec))
            rows.append({"rid": rid, "doc_id": doc.id, "idx": idx, "status": rec.status,
                         "event_id": None, "record": rec.to_json(), "features": f})
        summary.reports += len(rows)
        cannot = self._cannot_link(conn).get(doc.id, set()) if rows else set()
        for row in rows:
            if row["idx"] == main or (self.fuse_secondary and row["status"] == "event"):
                row["event_id"] = self._fuse(batch, row["features"], cannot,
                                             open_new=not join_only)
        batch.rows["reports"].extend(rows)

    def _outlet_of(self, batch: _Batch, doc_id: str) -> str | None:
        for row in batch.rows["documents"]:
            if row["id"] == doc_id:
                return row["outlet"]
        return batch.conn.execute(select(documents.c.outlet).where(
            documents.c.id == doc_id)).scalar()

    # ------------------------------------------------------------------ fusion
    def _fuse(self, batch: _Batch, f: dict[str, Any], cannot: set[str],
              open_new: bool = True) -> str | None:
        """Put one report into the best matching event, or open a new one; return its id
        (None when nothing matches and ``open_new`` is false)."""
        conn = batch.conn
        best_id, best = None, JOIN_THRESHOLD
        qkeys = _query_keys(f)
        # Distinctive names: carried by few documents so far. Events sharing one are
        # candidates even when the extracted date or place put them in another block.
        cap = min(NAME_DF_MAX, NAME_DF_SHARE * batch.df.get(DOCS_KEY, 0))
        if batch.rarity is None or batch.rarity.cap != cap:
            batch.rarity = Rarity(batch.df, cap)
        rare = batch.rarity
        keys = qkeys + [f"n|{n}" for n in sorted(rare.of(f)) if batch.df.get(n, 0) >= 2]
        ids: set[str] = set()
        for chunk in _chunks(keys):
            ids.update(r[0] for r in conn.execute(select(event_blocks.c.event_id).where(
                event_blocks.c.block_key.in_(chunk))))
        for k in keys:
            ids |= batch.key_index.get(k, set())
        # Undated events are rare: look for them only once there are some.
        wide = _other_time_keys(f) if f["lo"] is None or batch.df.get(_UNDATED_KEY) else []
        if wide:
            got = {r[0] for r in conn.execute(select(event_blocks.c.event_id).where(
                event_blocks.c.block_key.in_(wide)).limit(WIDE_CAP + 1))}
            for k in wide:
                got |= batch.key_index.get(k, set())
            if len(got) <= WIDE_CAP:
                ids |= got
        self._load_profiles(batch, ids)
        for eid in sorted(ids):
            members = batch.profiles.get(eid)
            if not members or (cannot and any(m["doc"] in cannot for m in members)):
                continue
            s = event_score(f, members, rare)
            if s is not None and s > best:
                best_id, best = eid, s
        if best_id is None and not open_new:
            return None
        if f["lo"] is None:
            batch.df[_UNDATED_KEY] = batch.df.get(_UNDATED_KEY, 0) + 1
            batch.df_touched.add(_UNDATED_KEY)
        if best_id is None:
            best_id = event_id_for(f["rid"])
            n = 0
            # Ids derive from the report id, so only a re-ingested document (whose old event
            # may live on with other members) can meet its own id in the table.
            while best_id in batch.profiles or (f["doc"] in batch.changed and conn.execute(
                    select(events.c.event_id).where(events.c.event_id == best_id)).first()):
                n += 1
                best_id = event_id_for(f["rid"], f"#{n}")
            batch.rows["events"].append({"event_id": best_id, "anchor": f["rid"],
                                         "profile": [f], "n_reports": 1, "created_at": _now()})
            batch.profiles[best_id] = [f]
            batch.blocks[best_id] = set()
            batch.new_events += 1
        else:
            batch.profiles[best_id].append(f)
        new_keys = set(_week_keys(f)) - batch.blocks[best_id]
        if new_keys:
            batch.rows["event_blocks"].extend({"block_key": k, "event_id": best_id}
                                              for k in sorted(new_keys))
            batch.blocks[best_id] |= new_keys
            for k in new_keys:
                batch.key_index.setdefault(k, set()).add(best_id)
        batch.dirty.add(best_id)
        return best_id

    def _load_profiles(self, batch: _Batch, ids: set[str]) -> None:
        missing = [i for i in ids if i not in batch.profiles]
        for chunk in _chunks(missing):
            for row in batch.conn.execute(select(events.c.event_id, events.c.profile)
                                          .where(events.c.event_id.in_(chunk))):
                batch.profiles[row.event_id] = list(row.profile or [])
                keys: set[str] = set()
                for m in batch.profiles[row.event_id]:
                    keys.update(_week_keys(m))
                batch.blocks[row.event_id] = keys

    def _cannot_link(self, conn: Connection) -> dict[str, set[str]]:
        """Document pairs a split said must stay apart."""
        if getattr(self, "_cannot", None) is None:
            pairs: dict[str, set[str]] = {}
            for row in conn.execute(select(corrections.c.data).where(corrections.c.kind == "split")):
                data = row.data or {}
                doc = data.get("doc_id")
                for other in data.get("other_docs", []):
                    pairs.setdefault(doc, set()).add(other)
                    pairs.setdefault(other, set()).add(doc)
            self._cannot = pairs
        return self._cannot

    def _remove_doc(self, batch: _Batch, doc_id: str) -> None:
        """Drop a changed document's rows; its events are re-reconciled (or removed)."""
        conn = batch.conn
        touched = {r[0] for r in conn.execute(select(reports.c.event_id).where(
            reports.c.doc_id == doc_id, reports.c.event_id.is_not(None)))}
        # The old version's name words no longer count (the main report carries them all).
        old_names: list[str] = max((list((r[0] or {}).get("names") or ()) for r in conn.execute(
            select(reports.c.features).where(reports.c.doc_id == doc_id))), key=len, default=[])
        for n in [DOCS_KEY, *old_names] if old_names else []:
            if batch.df.get(n):
                batch.df[n] -= 1
                batch.df_touched.add(n)
        conn.execute(delete(reports).where(reports.c.doc_id == doc_id))
        conn.execute(delete(doc_bands).where(doc_bands.c.doc_id == doc_id))
        conn.execute(delete(documents).where(documents.c.id == doc_id))
        self._load_profiles(batch, touched)
        for eid in touched:
            batch.profiles[eid] = [m for m in batch.profiles[eid] if m["doc"] != doc_id]
            batch.dirty.add(eid)

    def _flush(self, batch: _Batch) -> None:
        """Write profiles and reconcile every event the batch touched."""
        batch.write()
        self.reconcile_events(batch.conn, sorted(batch.dirty))
        batch.dirty.clear()

    def reconcile_events(self, conn: Connection, ids: list[str]) -> None:
        """Recompute the record, extras and profile of these events from their reports
        (then apply their edits); events left without reports are deleted."""
        edits: dict[str, list[Any]] = {}
        for chunk in _chunks(ids):
            for row in conn.execute(select(corrections).where(
                    corrections.c.kind == "edit", corrections.c.event_id.in_(chunk))
                    .order_by(corrections.c.id)):
                edits.setdefault(row.event_id, []).append(row)
        for chunk in _chunks(ids):
            updates: list[dict[str, Any]] = []
            members: dict[str, list[Member]] = {i: [] for i in chunk}
            profiles: dict[str, list[dict[str, Any]]] = {i: [] for i in chunk}
            rows = conn.execute(select(reports.c.rid, reports.c.doc_id, reports.c.event_id,
                                       reports.c.record, reports.c.features, documents.c.outlet,
                                       documents.c.copy_of, documents.c.seq)
                                .join(documents, documents.c.id == reports.c.doc_id)
                                .where(reports.c.event_id.in_(chunk))
                                .order_by(documents.c.seq, reports.c.idx)).all()
            for r in rows:
                rec = EventRecord.from_json(r.record)
                feats = r.features or {}
                profiles[r.event_id].append(feats)
                label = next((c.source for c in rec.claims if c.source), None) or outlet_name(
                    r.outlet) or r.doc_id
                members[r.event_id].append(Member(
                    rid=r.rid, doc_id=r.doc_id, record=rec, outlet=r.outlet, copy_of=r.copy_of,
                    source=feats.get("src") or norm(label), source_label=label))
            for eid, ms in members.items():
                if not ms:
                    conn.execute(delete(event_blocks).where(event_blocks.c.event_id == eid))
                    conn.execute(delete(events).where(events.c.event_id == eid))
                    continue
                fused = reconcile(ms, eid)
                applied = []
                for c in edits.get(eid, []):
                    if c.field == "grade":
                        fused.extras["grade"] = c.new_value
                    else:
                        setattr(fused.record, c.field, c.new_value)
                    applied.append({"field": c.field, "old": c.old_value, "new": c.new_value,
                                    "who": c.who, "at": c.at.isoformat() if c.at else None,
                                    "note": c.note})
                fused.extras["corrections"] = applied
                rec = fused.record
                values = {
                    "eid": eid, "event_date": rec.event_date, "date_start": rec.date_start,
                    "date_end": rec.date_end, "country": rec.country, "admin1": rec.admin1,
                    "event_type": rec.event_type, "sub_event_type": rec.sub_event_type,
                    "latitude": rec.latitude, "longitude": rec.longitude,
                    "fatalities": rec.fatalities, "grade": fused.extras["grade"],
                    "n_reports": len(ms), "record": rec.to_json(), "extras": fused.extras,
                    "updated_at": _now(), "profile": profiles[eid],
                }
                updates.append(values)
            if updates:
                cols = {k: bindparam(f"v_{k}") for k in updates[0] if k != "eid"}
                conn.execute(update(events).where(events.c.event_id == bindparam("eid"))
                             .values(**cols),
                             [{("eid" if k == "eid" else f"v_{k}"): v for k, v in u.items()}
                              for u in updates])

    # ------------------------------------------------------------------ reading
    def events(self, *, since: str | None = None, until: str | None = None,
               country: str | None = None, event_type: str | None = None
               ) -> Iterator[tuple[EventRecord, dict[str, Any]]]:
        q = select(events.c.record, events.c.extras).where(events.c.record.is_not(None))
        if since:
            q = q.where(events.c.event_date >= since)
        if until:
            q = q.where(events.c.event_date <= until)
        if country:
            q = q.where(func.lower(events.c.country) == country.lower())
        if event_type:
            q = q.where((events.c.event_type == event_type)
                        | (events.c.sub_event_type == event_type))
        q = q.order_by(events.c.event_date, events.c.event_id)
        with self.engine.connect() as conn:
            for row in conn.execute(q):
                yield EventRecord.from_json(row.record), dict(row.extras or {})

    def event(self, event_id: str) -> dict[str, Any] | None:
        """One event with every report behind it (for ``sitrep show``)."""
        with self.engine.connect() as conn:
            row = conn.execute(select(events).where(events.c.event_id == event_id)).first()
            if row is None or row.record is None:
                return None
            reps = []
            for r in conn.execute(select(reports, documents.c.outlet, documents.c.title,
                                         documents.c.url, documents.c.published,
                                         documents.c.copy_of, documents.c.text)
                                  .join(documents, documents.c.id == reports.c.doc_id)
                                  .where(reports.c.event_id == event_id)
                                  .order_by(documents.c.seq, reports.c.idx)):
                reps.append({"rid": r.rid, "doc_id": r.doc_id, "outlet": r.outlet,
                             "title": r.title, "url": r.url, "published": r.published,
                             "copy_of": r.copy_of, "record": EventRecord.from_json(r.record),
                             "text": r.text})
            corr = [dict(c._mapping) for c in conn.execute(
                select(corrections).where(corrections.c.event_id == event_id)
                .order_by(corrections.c.id))]
        return {"record": EventRecord.from_json(row.record), "extras": dict(row.extras or {}),
                "reports": reps, "corrections": corr}

    def failures(self) -> list[dict[str, Any]]:
        with self.engine.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(select(failures)
                                                            .order_by(failures.c.id))]

    def count(self, table: str) -> int:
        t = metadata.tables[table]
        with self.engine.connect() as conn:
            return conn.execute(select(func.count()).select_from(t)).scalar() or 0

    # ------------------------------------------------------------------ corrections
    def _report_ids(self, conn: Connection, event_id: str) -> list[str]:
        return [r[0] for r in conn.execute(select(reports.c.rid).where(
            reports.c.event_id == event_id).order_by(reports.c.rid))]

    def _require(self, conn: Connection, event_id: str) -> Any:
        row = conn.execute(select(events).where(events.c.event_id == event_id)).first()
        if row is None:
            raise KeyError(f"no event {event_id}")
        return row

    def edit(self, event_id: str, fieldname: str, value: Any, note: str | None = None) -> Any:
        """Set one field of an event by hand; returns the old value."""
        if fieldname not in EDITABLE:
            raise ValueError(f"cannot edit {fieldname!r}; editable: {', '.join(sorted(EDITABLE))}")
        value = _coerce(fieldname, value)
        with self.engine.begin() as conn:
            row = self._require(conn, event_id)
            old = (row.extras or {}).get("grade") if fieldname == "grade" else (
                row.record or {}).get(fieldname)
            conn.execute(insert(corrections).values(
                event_id=event_id, kind="edit", field=fieldname, old_value=old, new_value=value,
                note=note, who=self.who, at=_now(),
                data={"report_ids": self._report_ids(conn, event_id)}))
            self.reconcile_events(conn, [event_id])
        return old

    def merge(self, id1: str, id2: str, note: str | None = None) -> str:
        """Merge event ``id2`` into ``id1`` (must-link); returns the surviving id."""
        if id1 == id2:
            raise ValueError("cannot merge an event with itself")
        with self.engine.begin() as conn:
            self._require(conn, id1)
            self._require(conn, id2)
            r1, r2 = self._report_ids(conn, id1), self._report_ids(conn, id2)
            self._merge_events(conn, id1, id2)
            conn.execute(insert(corrections).values(
                event_id=id1, kind="merge", field="event_id", old_value=id2, new_value=id1,
                note=note, who=self.who, at=_now(),
                data={"merged": id2, "report_ids_1": r1, "report_ids_2": r2}))
        return id1

    def _merge_events(self, conn: Connection, keep: str, gone: str) -> None:
        conn.execute(update(reports).where(reports.c.event_id == gone).values(event_id=keep))
        conn.execute(update(corrections).where(corrections.c.event_id == gone,
                                               corrections.c.kind == "edit")
                     .values(event_id=keep))
        existing = {r[0] for r in conn.execute(select(event_blocks.c.block_key).where(
            event_blocks.c.event_id == keep))}
        moved = [r[0] for r in conn.execute(select(event_blocks.c.block_key).where(
            event_blocks.c.event_id == gone))]
        conn.execute(delete(event_blocks).where(event_blocks.c.event_id == gone))
        add = sorted(set(moved) - existing)
        if add:
            conn.execute(insert(event_blocks), [{"block_key": k, "event_id": keep} for k in add])
        conn.execute(delete(events).where(events.c.event_id == gone))
        self._rebuild_profile(conn, keep)
        self.reconcile_events(conn, [keep])

    def split(self, event_id: str, doc_id: str, note: str | None = None) -> str:
        """Move one document's reports out of an event into a new one (cannot-link)."""
        with self.engine.begin() as conn:
            self._require(conn, event_id)
            rids = [r[0] for r in conn.execute(select(reports.c.rid).where(
                reports.c.event_id == event_id, reports.c.doc_id == doc_id)
                .order_by(reports.c.idx))]
            if not rids:
                raise KeyError(f"event {event_id} has no report from document {doc_id}")
            others = self._report_ids(conn, event_id)
            other_docs = sorted({r.rsplit("#", 1)[0] for r in others} - {doc_id})
            if not other_docs:
                raise ValueError(f"document {doc_id} is the only one in {event_id}")
            new_id = self._split_out(conn, event_id, rids)
            conn.execute(insert(corrections).values(
                event_id=event_id, kind="split", field="doc_id", old_value=event_id,
                new_value=new_id, note=note, who=self.who, at=_now(),
                data={"doc_id": doc_id, "new_event_id": new_id, "report_ids": rids,
                      "other_docs": other_docs}))
            self._cannot = None
        return new_id

    def _split_out(self, conn: Connection, event_id: str, rids: list[str],
                   new_id: str | None = None) -> str:
        if new_id is None or conn.execute(select(events.c.event_id).where(
                events.c.event_id == new_id)).first():
            new_id = event_id_for(rids[0], "#split")
            n = 0
            while conn.execute(select(events.c.event_id).where(
                    events.c.event_id == new_id)).first():
                n += 1
                new_id = event_id_for(rids[0], f"#split{n}")
        conn.execute(insert(events).values(event_id=new_id, anchor=rids[0], profile=[],
                                           created_at=_now()))
        conn.execute(update(reports).where(reports.c.rid.in_(rids)).values(event_id=new_id))
        for eid in (event_id, new_id):
            self._rebuild_profile(conn, eid)
        self.reconcile_events(conn, [event_id, new_id])
        return new_id

    def _rebuild_profile(self, conn: Connection, event_id: str) -> None:
        feats = [r[0] for r in conn.execute(
            select(reports.c.features).join(documents, documents.c.id == reports.c.doc_id)
            .where(reports.c.event_id == event_id).order_by(documents.c.seq, reports.c.idx))]
        keys: set[str] = set()
        for f in feats:
            keys.update(_week_keys(f))
        conn.execute(delete(event_blocks).where(event_blocks.c.event_id == event_id))
        if keys:
            conn.execute(insert(event_blocks), [{"block_key": k, "event_id": event_id}
                                                for k in sorted(keys)])
        conn.execute(update(events).where(events.c.event_id == event_id).values(profile=feats))

    # ------------------------------------------------------------------ re-fusion
    def refuse(self) -> int:
        """Re-fuse the whole archive from the stored reports, then re-apply corrections.

        Reports are visited in ingest order, so an event keeps the id of the report that
        opened it. Splits act as cannot-link constraints during fusion; merges and splits
        are then re-applied in the order they were made, and edits follow the event whose
        reports they were made on. Returns the number of events.
        """
        self._cannot = None
        with self.engine.begin() as conn:
            conn.execute(delete(event_blocks))
            conn.execute(delete(events))
            conn.execute(update(reports).values(event_id=None))
            batch = _Batch(conn, self._name_df(conn))
            cannot_all = self._cannot_link(conn)
            rows = conn.execute(select(reports.c.rid, reports.c.doc_id, reports.c.status,
                                       reports.c.features)
                                .join(documents, documents.c.id == reports.c.doc_id)
                                .order_by(documents.c.seq, reports.c.idx)).all()
            assign: dict[str, list[str]] = {}
            by_doc: dict[str, list[Any]] = {}
            for r in rows:
                by_doc.setdefault(r.doc_id, []).append(r)
            for doc_rows in by_doc.values():  # dicts keep ingest order
                main, join_only = main_report([r.status for r in doc_rows])
                for k, r in enumerate(doc_rows):
                    if k != main and not (self.fuse_secondary and r.status == "event"):
                        continue
                    eid = self._fuse(batch, r.features, cannot_all.get(r.doc_id, set()),
                                     open_new=not (k == main and join_only))
                    if eid is not None:
                        assign.setdefault(eid, []).append(r.rid)
            for eid, rids in assign.items():
                for chunk in _chunks(rids):
                    conn.execute(update(reports).where(reports.c.rid.in_(chunk))
                                 .values(event_id=eid))
            self._flush(batch)
            self._apply_constraints(conn)
            return conn.execute(select(func.count()).select_from(events)).scalar() or 0

    def _rename(self, conn: Connection, old: str, new: str) -> None:
        """Give an event back the id users know it by, when that id is free."""
        if old == new or conn.execute(select(events.c.event_id).where(
                events.c.event_id == new)).first():
            return
        conn.execute(update(events).where(events.c.event_id == old).values(event_id=new))
        conn.execute(update(reports).where(reports.c.event_id == old).values(event_id=new))
        conn.execute(update(event_blocks).where(event_blocks.c.event_id == old)
                     .values(event_id=new))
        conn.execute(update(corrections).where(corrections.c.event_id == old,
                                               corrections.c.kind == "edit")
                     .values(event_id=new))
        self.reconcile_events(conn, [new])

    def _event_of(self, conn: Connection, rids: list[str]) -> str | None:
        if not rids:
            return None
        counts: dict[str, int] = {}
        for chunk in _chunks(rids):
            for r in conn.execute(select(reports.c.event_id).where(reports.c.rid.in_(chunk))):
                if r[0]:
                    counts[r[0]] = counts.get(r[0], 0) + 1
        return max(counts, key=lambda k: counts[k]) if counts else None

    def _apply_constraints(self, conn: Connection, doc_ids: set[str] | None = None) -> None:
        """Re-apply merges and splits (in order), then re-target orphaned edits."""
        for c in conn.execute(select(corrections).where(corrections.c.kind.in_(("merge", "split")))
                              .order_by(corrections.c.id)).all():
            data = c.data or {}
            if c.kind == "merge":
                r1, r2 = data.get("report_ids_1", []), data.get("report_ids_2", [])
                if doc_ids is not None and not any(r.rsplit("#", 1)[0] in doc_ids
                                                   for r in r1 + r2):
                    continue
                e1, e2 = self._event_of(conn, r1), self._event_of(conn, r2)
                if e1 and e2 and e1 != e2:
                    self._merge_events(conn, e1, e2)
                if e1 and c.new_value:
                    self._rename(conn, e1, c.new_value)
            else:
                if doc_ids is not None and data.get("doc_id") not in doc_ids:
                    continue
                rids = data.get("report_ids", [])
                eid = self._event_of(conn, rids)
                if not eid:
                    continue
                moving = [r[0] for r in conn.execute(select(reports.c.rid).where(
                    reports.c.event_id == eid, reports.c.doc_id == data.get("doc_id")))]
                rest = [r[0] for r in conn.execute(select(reports.c.rid).where(
                    reports.c.event_id == eid, reports.c.doc_id != data.get("doc_id")))]
                if moving and rest:
                    self._split_out(conn, eid, moving, data.get("new_event_id"))
                elif moving and data.get("new_event_id"):
                    # Already apart (the cannot-link kept it out): keep the split's id.
                    self._rename(conn, eid, data["new_event_id"])
        alive = {r[0] for r in conn.execute(select(events.c.event_id))}
        for c in conn.execute(select(corrections).where(corrections.c.kind == "edit")).all():
            if c.event_id in alive:
                continue
            target = self._event_of(conn, (c.data or {}).get("report_ids", []))
            if target:
                conn.execute(update(corrections).where(corrections.c.id == c.id)
                             .values(event_id=target))
                self.reconcile_events(conn, [target])


def main_report(statuses: list[str]) -> tuple[int | None, bool]:
    """Which of a document's reports is fused, and whether it may only join an event.

    A document is *about* its main report: the first the extractor called an event. Its
    other reports (other stories on the same page, earlier incidents recalled as
    background) stay in the reports table but are not fused by default: listing a
    document under several events would say it reports each of them. A document with no
    event report (the extractor judged it background or not about conflict) may still
    corroborate an event other documents report: its first report joins a matching event
    but never opens one.
    """
    for i, status in enumerate(statuses):
        if status == "event":
            return i, False
    return (0, True) if statuses else (None, False)


def _evidence_names(doc: Doc, rec: EventRecord) -> list[str]:
    """Names in the sentences a (secondary) report was extracted from."""
    spans = sorted({(e.sentence_start if e.sentence_start is not None else e.start,
                     e.sentence_end if e.sentence_end is not None else e.end)
                    for evs in rec.evidence.values() for e in evs})
    return name_keys("\n".join(doc.text[a:b] for a, b in spans))


def _coerce(fieldname: str, value: Any) -> Any:
    if value is None or (isinstance(value, str) and value.lower() in ("", "none", "null")):
        return None
    if fieldname in _INT_FIELDS:
        return int(value)
    if fieldname in _FLOAT_FIELDS:
        return float(value)
    if fieldname in ("event_date", "date_start", "date_end"):
        return dt.date.fromisoformat(str(value)).isoformat()
    return str(value)


def _user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no passwd entry in some containers
        return "unknown"
