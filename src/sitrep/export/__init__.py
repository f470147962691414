"""Exports of fused events: JSON lines, ACLED-style CSV, GeoJSON and a terminal table.

Each writer takes an iterable of ``(EventRecord, extras)`` pairs (as
``sitrep.store.db.Store.events`` yields them) and a text stream.
"""

from sitrep.export.formats import (
    FORMATS,
    event_json,
    write_csv,
    write_geojson,
    write_jsonl,
    write_table,
)

__all__ = ["FORMATS", "event_json", "write_csv", "write_geojson", "write_jsonl", "write_table"]
