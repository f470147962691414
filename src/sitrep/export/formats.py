"""Writers for fused events (see :mod:`sitrep.export`)."""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterable
from typing import Any, TextIO

from sitrep.record import ACLED_COLUMNS, EventRecord, taxonomy

Item = tuple[EventRecord, dict[str, Any]]

# The extras every jsonl line carries beside the record's own fields.
EXTRA_FIELDS = ("doc_ids", "grade", "outlets", "original_sources", "n_outlets",
                "n_original_sources", "n_reports", "copies", "contradictions", "actors",
                "corrections")


def event_json(record: EventRecord, extras: dict[str, Any]) -> dict[str, Any]:
    """One event as a JSON object: EventRecord.to_json() fields plus fusion extras."""
    out = record.to_json()
    for name in EXTRA_FIELDS:
        default: Any = [] if name not in ("grade", "n_outlets", "n_original_sources",
                                          "n_reports") else None
        out[name] = extras.get(name, default)
    return out


def write_jsonl(items: Iterable[Item], out: TextIO) -> int:
    n = 0
    for record, extras in items:
        out.write(json.dumps(event_json(record, extras), ensure_ascii=False) + "\n")
        n += 1
    return n


def disorder_type(event_type: str | None) -> str | None:
    """ACLED's disorder type: protests and riots are demonstrations, strategic
    developments their own, every other (violent) type political violence."""
    if not event_type:
        return None
    if event_type in ("Protests", "Riots"):
        return "Demonstrations"
    if event_type == "Strategic developments":
        return "Strategic developments"
    if event_type in taxonomy()["event_types"]:
        return "Political violence"
    return None


def acled_row(record: EventRecord, extras: dict[str, Any]) -> dict[str, Any]:
    row: dict[str, Any] = {}
    for col in ACLED_COLUMNS:
        if col == "event_id_cnty":
            row[col] = record.event_id
        elif col == "year":
            row[col] = record.event_date[:4] if record.event_date else None
        elif col == "disorder_type":
            row[col] = disorder_type(record.event_type)
        elif col == "source":
            row[col] = "; ".join(extras.get("outlets") or [])
        elif col == "fatalities":
            row[col] = record.fatalities or 0
        else:
            row[col] = getattr(record, col, None)
    return row


def write_csv(items: Iterable[Item], out: TextIO) -> int:
    writer = csv.DictWriter(out, fieldnames=ACLED_COLUMNS, lineterminator="\n")
    writer.writeheader()
    n = 0
    for record, extras in items:
        writer.writerow({k: "" if v is None else v for k, v in acled_row(record, extras).items()})
        n += 1
    return n


def write_geojson(items: Iterable[Item], out: TextIO) -> int:
    """A FeatureCollection of points; events without coordinates get a null geometry."""
    features = []
    for record, extras in items:
        props = event_json(record, extras)
        props.pop("claims", None)
        props.pop("evidence", None)
        geometry = None
        if record.latitude is not None and record.longitude is not None:
            geometry = {"type": "Point", "coordinates": [record.longitude, record.latitude]}
        features.append({"type": "Feature", "id": record.event_id, "geometry": geometry,
                         "properties": props})
    json.dump({"type": "FeatureCollection", "features": features}, out, ensure_ascii=False)
    out.write("\n")
    return len(features)


_TABLE = [("event_id", 15), ("date", 10), ("type", 26), ("country", 12), ("location", 20),
          ("actor1", 24), ("killed", 6), ("grade", 9), ("src", 3)]


def _cell(text: Any, width: int) -> str:
    s = "" if text is None else str(text)
    s = " ".join(s.split())
    return s if len(s) <= width else s[: width - 1] + "…"


def write_table(items: Iterable[Item], out: TextIO) -> int:
    """A fixed-width table for terminals (one line per event)."""
    out.write(" ".join(name.ljust(w) for name, w in _TABLE).rstrip() + "\n")
    out.write(" ".join("-" * w for _, w in _TABLE) + "\n")
    n = 0
    for record, extras in items:
        killed = record.fatalities_best if record.fatalities_best is not None else record.fatalities
        if record.fatalities_high is None and record.fatalities_low is not None:
            killed = f"{record.fatalities_low}+"
        elif (record.fatalities_low is not None and record.fatalities_high is not None
              and record.fatalities_low != record.fatalities_high):
            killed = f"{record.fatalities_low}-{record.fatalities_high}"
        values = [record.event_id, record.event_date, record.sub_event_type or record.event_type,
                  record.country, record.location or record.admin1, record.actor1, killed,
                  extras.get("grade"), extras.get("n_original_sources")]
        out.write(" ".join(_cell(v, w).ljust(w) for v, (_, w) in zip(values, _TABLE,
                                                                     strict=True)).rstrip()
                  + "\n")
        n += 1
    out.write(f"{n} event{'s' if n != 1 else ''}\n")
    return n


FORMATS: dict[str, Callable[[Iterable[Item], TextIO], int]] = {
    "table": write_table,
    "jsonl": write_jsonl,
    "csv": write_csv,
    "geojson": write_geojson,
}
