"""Export formats of the API: ACLED-style CSV, GeoJSON and JSON lines, streamed row by row."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator
from functools import lru_cache
from importlib import resources
from typing import Any

from sitrep.datafiles import parse_yaml
from sitrep.record import ACLED_COLUMNS


@lru_cache(maxsize=1)
def _disorder() -> dict[str, dict[str, str]]:
    text = resources.files("sitrep.data").joinpath("acled_disorder.yaml").read_text("utf-8")
    return parse_yaml(text)


def disorder_type(event_type: str | None, sub_event_type: str | None) -> str | None:
    table = _disorder()
    if sub_event_type and sub_event_type in table.get("by_sub_event_type", {}):
        return table["by_sub_event_type"][sub_event_type]
    return table.get("by_event_type", {}).get(event_type or "")


def acled_row(event: dict[str, Any], outlets: list[str]) -> dict[str, Any]:
    date = event.get("event_date") or ""
    row = {c: event.get(c) for c in ACLED_COLUMNS}
    row["event_id_cnty"] = event.get("event_id")
    row["year"] = date[:4] if date else None
    row["disorder_type"] = disorder_type(event.get("event_type"), event.get("sub_event_type"))
    row["source"] = "; ".join(outlets)
    row["fatalities"] = event.get("fatalities") or 0
    return row


def csv_lines(events: Iterable[dict[str, Any]],
              outlets_of: Any) -> Iterator[str]:
    """CSV text in chunks: a header with ACLED's column names, then one row per event.

    ``outlets_of(ids) -> {id: [outlet, ...]}`` is called per batch so exports of big
    databases never hold every row at once.
    """
    columns = [*ACLED_COLUMNS, "grade", "reports"]
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=columns, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    yield buf.getvalue()
    for batch in _batches(events, 500):
        buf.seek(0)
        buf.truncate()
        outlets = outlets_of([e["event_id"] for e in batch])
        for e in batch:
            row = acled_row(e, outlets.get(e["event_id"], []))
            row["grade"] = e.get("grade")
            row["reports"] = e.get("reports")
            writer.writerow(row)
        yield buf.getvalue()


def feature(event: dict[str, Any]) -> dict[str, Any]:
    lat, lon = event.get("latitude"), event.get("longitude")
    geometry = ({"type": "Point", "coordinates": [lon, lat]}
                if isinstance(lat, int | float) and isinstance(lon, int | float) else None)
    return {"type": "Feature", "id": event.get("event_id"), "geometry": geometry,
            "properties": event}


def geojson_chunks(events: Iterable[dict[str, Any]]) -> Iterator[str]:
    yield '{"type": "FeatureCollection", "features": ['
    first = True
    for e in events:
        yield ("" if first else ",\n") + json.dumps(feature(e), ensure_ascii=False)
        first = False
    yield "]}\n"


def jsonl_lines(events: Iterable[dict[str, Any]]) -> Iterator[str]:
    for e in events:
        yield json.dumps(e, ensure_ascii=False) + "\n"


def _batches(items: Iterable[dict[str, Any]], size: int) -> Iterator[list[dict[str, Any]]]:
    batch: list[dict[str, Any]] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch
