"""The event record: ACLED field names and vocabularies, plus provenance.

An :class:`EventRecord` is what one report says about one event (``extract``) and also what
a fused event looks like after reconciliation (``ingest``/``events``). Unknown values are
``None``; nothing is guessed to fill a field.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

from sitrep.datafiles import parse_yaml

# ACLED time_precision: 1 day, 2 week, 3 month (or coarser).
TIME_PRECISION = {"day": 1, "week": 2, "month": 3, "year": 3}
# ACLED geo_precision: 1 town, 2 near a town / part of a region, 3 large region.
GEO_TOWN, GEO_NEAR, GEO_REGION = 1, 2, 3

MODALITIES = ("reported", "claimed", "denied", "not_confirmed")


@lru_cache(maxsize=1)
def taxonomy() -> dict[str, Any]:
    text = resources.files("sitrep.data").joinpath("acled_taxonomy.yaml").read_text("utf-8")
    return parse_yaml(text)


def event_types() -> dict[str, list[str]]:
    return taxonomy()["event_types"]


def event_type_of(sub_event_type: str) -> str | None:
    for etype, subs in event_types().items():
        if sub_event_type in subs:
            return etype
    return None


@dataclass(slots=True)
class Evidence:
    """Where a value came from: document id and character span of the supporting text."""

    doc_id: str
    start: int
    end: int
    text: str
    # The sentence holding the value, so a reader sees it in context.
    sentence_start: int | None = None
    sentence_end: int | None = None

    def to_json(self) -> dict[str, Any]:
        return {"doc_id": self.doc_id, "start": self.start, "end": self.end, "text": self.text,
                "sentence_start": self.sentence_start, "sentence_end": self.sentence_end}


@dataclass(slots=True)
class Claim:
    """What one report says, and who says it.

    ``outlet`` publishes the report; ``source`` is the original source it cites (a monitor, a
    ministry, a spokesman), ``chain`` the whole attribution path (outlet first).
    """

    doc_id: str
    outlet: str | None
    source: str | None
    chain: list[str] = field(default_factory=list)
    modality: str = "reported"  # one of MODALITIES
    values: dict[str, Any] = field(default_factory=dict)
    evidence: Evidence | None = None

    def to_json(self) -> dict[str, Any]:
        return {"doc_id": self.doc_id, "outlet": self.outlet, "source": self.source,
                "chain": list(self.chain), "modality": self.modality,
                "values": dict(self.values or {}),
                "evidence": self.evidence.to_json() if self.evidence else None}


@dataclass(slots=True)
class EventRecord:
    event_id: str | None = None
    event_type: str | None = None
    sub_event_type: str | None = None
    event_date: str | None = None  # ISO date
    date_start: str | None = None
    date_end: str | None = None
    time_precision: int | None = None
    actor1: str | None = None
    assoc_actor_1: str | None = None
    actor2: str | None = None
    assoc_actor_2: str | None = None
    country: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    location: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: int | None = None
    # An event told over several provinces ("strikes on Aleppo, Hama, Raqqa, Homs and Deir
    # Ezzor"): every admin1 its sentences name, the one coded above included.
    regions: list[str] = field(default_factory=list)
    fatalities: int = 0  # ACLED's single figure: lowest reported, 0 when none given
    fatalities_low: int | None = None
    fatalities_best: int | None = None
    fatalities_high: int | None = None
    civilian_fatalities: int | None = None
    injured_low: int | None = None
    injured_best: int | None = None
    injured_high: int | None = None
    counts: dict[str, int] = field(default_factory=dict)  # strikes, vehicles, buildings...
    claims: list[Claim] = field(default_factory=list)
    evidence: dict[str, list[Evidence]] = field(default_factory=dict)
    notes: str | None = None
    # What the extractor concluded about the mention: "event", "background", "aggregate",
    # "allegation", "threat". Only "event" is emitted by default.
    status: str = "event"
    confidence: float | None = None

    def cite(self, fieldname: str, ev: Evidence) -> None:
        self.evidence.setdefault(fieldname, []).append(ev)

    @property
    def date(self) -> dt.date | None:
        return dt.date.fromisoformat(self.event_date) if self.event_date else None

    def to_json(self) -> dict[str, Any]:
        """The record as JSON-ready dicts, in field order. Built by hand rather than with
        ``dataclasses.asdict``, whose recursive deep copies cost more than extracting some
        documents; containers are copied one level deep, all that JSON output needs."""
        out: dict[str, Any] = {f: getattr(self, f) for f in _RECORD_FIELDS}
        out["regions"] = list(self.regions)
        out["counts"] = dict(self.counts or {})
        out["claims"] = [c.to_json() for c in self.claims]
        out["evidence"] = {k: [e.to_json() for e in v] for k, v in self.evidence.items()}
        return out

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> EventRecord:
        known = {f for f in cls.__dataclass_fields__}
        rec = cls(**{k: v for k, v in data.items() if k in known and k not in ("claims", "evidence")})
        rec.claims = [
            Claim(
                **{k: v for k, v in c.items() if k != "evidence"},
                evidence=Evidence(**c["evidence"]) if c.get("evidence") else None,
            )
            for c in data.get("claims", [])
        ]
        rec.evidence = {k: [Evidence(**e) for e in v] for k, v in data.get("evidence", {}).items()}
        return rec


# Columns of the CSV export, named as ACLED names them so existing tools read the file.
ACLED_COLUMNS = [
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "actor2", "assoc_actor_2", "country",
    "admin1", "admin2", "location", "latitude", "longitude", "geo_precision", "source",
    "notes", "fatalities",
]


# Every field of EventRecord, in order (to_json builds its dict from these).
_RECORD_FIELDS = tuple(EventRecord.__dataclass_fields__)
