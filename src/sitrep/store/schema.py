"""One database schema for SQLite (the default, a file) and PostgreSQL 15 (psycopg 3).

SQLAlchemy Core tables. Dates are ISO strings (``YYYY-MM-DD``): they sort and compare the
same way in both engines and need no conversion. Claims and evidence live inside the JSON
``record`` columns (JSONB on PostgreSQL).

- ``documents``: one row per input document (metadata, cleaned text, content hash, and the
  MinHash signature used to find copies; ``copy_of`` points to the original).
- ``doc_bands``: the LSH band keys of each signature (copy detection by index look-up).
- ``reports``: the per-document event records as extracted, each pointing to its event.
- ``events``: the fused events: reconciled record, grade, counts, and ``profile`` (the
  members' matching features, so fusion never decodes whole records of candidates).
- ``event_blocks``: blocking keys (week x country x admin1) of each event: a new report
  compares itself only with events in its blocks, so fusion cost grows about linearly.
- ``names``: how many documents carry each distinctive-name key (see
  ``sitrep.fuse.features.name_keys``): a name is evidence of one story only while few
  documents carry it.
- ``corrections``: human edits, merges and splits (who, when, what, old -> new).
- ``failures``: inputs that could not be read.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    BigInteger,
    Column,
    DateTime,
    Float,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
)
from sqlalchemy.dialects.postgresql import BYTEA, JSONB

metadata = MetaData()

Json = JSON().with_variant(JSONB(), "postgresql")
Blob = LargeBinary().with_variant(BYTEA(), "postgresql")

documents = Table(
    "documents", metadata,
    Column("id", String(200), primary_key=True),
    Column("seq", Integer, nullable=False, index=True),  # ingest order
    Column("content_hash", String(64), nullable=False),
    Column("title", Text),
    Column("outlet", Text),
    Column("url", Text),
    Column("published", String(10)),
    Column("published_precision", String(10)),
    Column("language", String(16)),
    Column("source_path", Text),
    Column("text", Text, nullable=False),
    Column("copy_of", String(200), index=True),
    Column("copy_similarity", Float),
    Column("signature", Blob),
    Column("n_reports", Integer, nullable=False, default=0),
    Column("ingested_at", DateTime(timezone=True)),
)

doc_bands = Table(
    "doc_bands", metadata,
    Column("band_key", BigInteger, primary_key=True),
    Column("doc_id", String(200), primary_key=True),
)
Index("ix_doc_bands_doc", doc_bands.c.doc_id)

reports = Table(
    "reports", metadata,
    Column("rid", String(220), primary_key=True),  # "<doc id>#<index>"
    Column("doc_id", String(200), nullable=False, index=True),
    Column("idx", Integer, nullable=False),
    Column("status", String(20), nullable=False),
    Column("event_id", String(40), index=True),
    Column("record", Json, nullable=False),
    Column("features", Json),
)

events = Table(
    "events", metadata,
    Column("event_id", String(40), primary_key=True),
    Column("anchor", String(220)),  # the report the event was opened for
    Column("event_date", String(10), index=True),
    Column("date_start", String(10)),
    Column("date_end", String(10)),
    Column("country", String(120), index=True),
    Column("admin1", String(200)),
    Column("event_type", String(80), index=True),
    Column("sub_event_type", String(80)),
    Column("latitude", Float),
    Column("longitude", Float),
    Column("fatalities", Integer),
    Column("grade", String(20)),
    Column("n_reports", Integer),
    Column("record", Json),
    Column("extras", Json),
    Column("profile", Json, nullable=False),
    Column("created_at", DateTime(timezone=True)),
    Column("updated_at", DateTime(timezone=True)),
)
Index("ix_events_country_date", events.c.country, events.c.event_date)

event_blocks = Table(
    "event_blocks", metadata,
    Column("block_key", String(330), primary_key=True),
    Column("event_id", String(40), primary_key=True),
)
Index("ix_event_blocks_event", event_blocks.c.event_id)

names = Table(
    "names", metadata,
    Column("name", String(200), primary_key=True),
    Column("n_docs", Integer, nullable=False),
)

corrections = Table(
    "corrections", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("event_id", String(40), index=True),
    Column("kind", String(10), nullable=False),  # edit | merge | split
    Column("field", String(60)),
    Column("old_value", Json),
    Column("new_value", Json),
    Column("note", Text),
    Column("who", String(120)),
    Column("at", DateTime(timezone=True)),
    Column("data", Json),  # report ids / doc ids the correction is anchored to
)

failures = Table(
    "failures", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("source", Text, nullable=False),
    Column("line", Integer),
    Column("reason", Text, nullable=False),
    Column("doc_id", String(200)),
    Column("at", DateTime(timezone=True)),
)
