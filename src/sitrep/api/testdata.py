"""A small database of known events, built through the store's own ingestion (``Store.ingest``).

Used by the API and browser tests (and handy for trying the web app without running the
extraction pipeline): invented articles, each with hand-written event records whose evidence
spans are located in the article text, so every value shown can be checked.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from sitrep.doc import Doc
from sitrep.record import Claim, EventRecord, Evidence


@dataclass
class Article:
    id: str
    outlet: str
    published: str
    title: str
    text: str
    events: list[dict[str, Any]] = field(default_factory=list)


# Invented text; places and numbers are chosen so that fusion has something to fuse and
# something to disagree about (six vs nine dead in the Kafr Nabl strike).
ARTICLES = [
    Article(
        "ledger-kafr-nabl", "Northern Ledger", "2024-03-05", "Strike on market village",
        "Air strikes hit the village of Kafr Nabl in Idlib province on Monday, killing six "
        "civilians, the Syrian Observatory for Human Rights said.\n\nThe monitor blamed regime "
        "warplanes for the raid. Local rebels said the strikes hit a vegetable market.",
        [{"event_type": "Explosions/Remote violence", "sub_event_type": "Air/drone strike",
          "event_date": "2024-03-04", "country": "Syria", "admin1": "Idlib",
          "location": "Kafr Nabl", "latitude": 35.613, "longitude": 36.562, "geo_precision": 1,
          "actor1": "Military Forces of Syria", "actor2": "Civilians (Syria)", "fatalities": 6,
          "source": "Syrian Observatory for Human Rights",
          "notes": "Air strikes on a market in Kafr Nabl killed six civilians.",
          "cite": {"location": "Kafr Nabl", "fatalities": "six civilians",
                   "event_date": "on Monday", "sub_event_type": "Air strikes",
                   "actor1": "regime warplanes"}}],
    ),
    Article(
        "coastwire-kafr-nabl", "Coast Wire", "2024-03-05", "Jets pound Idlib village",
        "Government jets struck Kafr Nabl in Idlib on Monday, killing nine people, according "
        "to SANA, which said the raids targeted terrorists hiding in the village.\n\nThe state "
        "agency said jihadists had stored weapons near the market.",
        [{"event_type": "Explosions/Remote violence", "sub_event_type": "Air/drone strike",
          "event_date": "2024-03-04", "country": "Syria", "admin1": "Idlib",
          "location": "Kafr Nabl", "latitude": 35.613, "longitude": 36.562, "geo_precision": 1,
          "actor1": "Military Forces of Syria", "fatalities": 9, "source": "SANA",
          "notes": "Government jets struck Kafr Nabl, killing nine.",
          "cite": {"location": "Kafr Nabl", "fatalities": "nine people",
                   "event_date": "on Monday", "sub_event_type": "struck"}}],
    ),
    Article(
        "coastwire-nairobi-march", "Coast Wire", "2024-04-20", "Fuel price march in Nairobi",
        "Hundreds of protesters marched through central Nairobi on Friday against fuel prices."
        "\n\nPolice fired tear gas to disperse the crowd; no deaths were reported.",
        [{"event_type": "Protests", "sub_event_type": "Protest with intervention",
          "event_date": "2024-04-19", "country": "Kenya", "admin1": "Nairobi",
          "location": "Nairobi", "latitude": -1.286, "longitude": 36.817, "geo_precision": 1,
          "actor1": "Protesters (Kenya)", "actor2": "Police Forces of Kenya", "fatalities": 0,
          "notes": "Protest against fuel prices dispersed with tear gas.",
          "cite": {"location": "Nairobi", "sub_event_type": "Police fired tear gas",
                   "event_date": "on Friday"}}],
    ),
    Article(
        "ledger-mandera-post", "Northern Ledger", "2024-05-14", "Police post attacked",
        "Militants attacked a police post near Mandera on Sunday, killing three officers, "
        "police said.\n\nThe insurgents fled toward the border after an hour of fighting.",
        [{"event_type": "Battles", "sub_event_type": "Armed clash", "event_date": "2024-05-12",
          "country": "Kenya", "admin1": "Mandera", "location": "Mandera", "latitude": 3.937,
          "longitude": 41.856, "geo_precision": 2, "actor1": "Al Shabaab",
          "actor2": "Police Forces of Kenya", "fatalities": 3, "source": "Police Forces of Kenya",
          "notes": "Militants attacked a police post near Mandera; three officers killed.",
          "cite": {"fatalities": "three officers", "location": "Mandera",
                   "event_date": "on Sunday"}}],
    ),
    Article(
        "desert-garissa-arrests", "Desert Times", "2024-02-10", "Arrests in Garissa",
        "Security forces arrested twelve people in Garissa town on Thursday during a search "
        "for weapons, the county commissioner said.",
        [{"event_type": "Strategic developments", "sub_event_type": "Arrests",
          "event_date": "2024-02-08", "country": "Kenya", "admin1": "Garissa",
          "location": "Garissa", "actor1": "Police Forces of Kenya", "fatalities": 0,
          "source": "Garissa County Commissioner",
          "notes": "Twelve people arrested in Garissa in a weapons search.",
          "cite": {"location": "Garissa", "event_date": "on Thursday"}}],
    ),
]

KAFR_NABL_DOCS = ("ledger-kafr-nabl", "coastwire-kafr-nabl")


def _sentence(text: str, start: int) -> tuple[int, int]:
    """The sentence around ``start``: from the last sentence end before it to the next one."""
    ends = [m.end() for m in re.finditer(r"[.!?](?=\s)|\n\n", text)]
    s = max((e for e in ends if e <= start), default=0)
    e = min((e for e in ends if e > start), default=len(text))
    while s < len(text) and text[s].isspace():
        s += 1
    return s, e


def _evidence(doc_id: str, text: str, phrase: str) -> Evidence:
    start = text.index(phrase)
    s, e = _sentence(text, start)
    return Evidence(doc_id, start, start + len(phrase), phrase, s, e)


def article_doc(a: Article) -> Doc:
    doc = Doc(id=a.id, text=a.text, title=a.title, outlet=a.outlet, url=f"https://example.org/{a.id}",
              published=dt.date.fromisoformat(a.published), published_precision="day",
              published_source="field", language="en", source_path=f"testdata/{a.id}")
    for spec in a.events:
        spec = dict(spec)
        cite = spec.pop("cite", {})
        source = spec.pop("source", None)
        rec = EventRecord(**spec)
        rec.date_start = rec.date_end = rec.event_date
        rec.time_precision = 1
        rec.fatalities_low = rec.fatalities_best = rec.fatalities_high = rec.fatalities or None
        for fieldname, phrase in cite.items():
            rec.cite(fieldname, _evidence(a.id, a.text, phrase))
        main = rec.evidence.get("fatalities", rec.evidence.get("location", [None]))[0]
        rec.claims.append(Claim(
            doc_id=a.id, outlet=a.outlet, source=source,
            chain=[a.outlet] + ([source] if source else []), modality="reported",
            values={"fatalities": rec.fatalities, "location": rec.location}, evidence=main))
        rec.confidence = 0.9
        doc.events.append(rec)
    return doc


def build(db: str) -> dict[str, Any]:
    """Create (or extend) the database ``db`` with the known articles; return what was made."""
    from sitrep.store.db import Store

    with Store(db) as store:
        summary = store.ingest([article_doc(a) for a in ARTICLES], process=lambda d: d)
        events = list(store.events())
    return {"documents": summary.processed, "reports": summary.reports,
            "events": [rec.event_id for rec, _ in events]}
