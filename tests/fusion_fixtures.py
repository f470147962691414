"""Invented documents and event records for the store / fusion / export tests.

No text here comes from real articles: every sentence is made up for testing.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sitrep.doc import Doc
from sitrep.record import Claim, EventRecord, Evidence


def record(doc_id: str, *, date: str = "2023-05-04", etype: str = "Explosions/Remote violence",
           sub: str = "Air/drone strike", location: str = "Saraqib", admin1: str = "Idlib",
           country: str = "Syria", lat: float | None = 35.86, lon: float | None = 36.80,
           geo: int = 1, actor1: str | None = "Military Forces of Russia (2000-)",
           actor2: str | None = "Civilians (Syria)", killed: tuple[Any, Any, Any] | None = None,
           injured: tuple[Any, Any, Any] | None = None, source: str | None = None,
           modality: str = "reported", outlet: str | None = None, date_end: str | None = None,
           precision: int = 1, status: str = "event", sentence: str | None = None) -> EventRecord:
    rec = EventRecord(event_type=etype, sub_event_type=sub, event_date=date, date_start=date,
                      date_end=date_end or date, time_precision=precision, actor1=actor1,
                      actor2=actor2, country=country, admin1=admin1, location=location,
                      latitude=lat, longitude=lon, geo_precision=geo, status=status)
    if killed:
        rec.fatalities_low, rec.fatalities_best, rec.fatalities_high = killed
        rec.fatalities = killed[0] or killed[1] or 0
    if injured:
        rec.injured_low, rec.injured_best, rec.injured_high = injured
    sentence = sentence or "An invented sentence about a strike."
    ev = Evidence(doc_id, 0, len(sentence), sentence)
    rec.claims.append(Claim(doc_id=doc_id, outlet=outlet, source=source,
                            chain=[x for x in (outlet, source) if x], modality=modality,
                            values={"fatalities": rec.fatalities_best}, evidence=ev))
    rec.cite("fatalities", ev)
    return rec


_FILLER = (
    "The reporter walked past the market where vendors were arranging crates of lemons "
    "while a radio played an old song about the river and children argued over a ball. "
    "Later the council met to discuss water pipes, school buses and the price of bread, "
    "and nobody agreed on anything except that the weather had been unusually dry. "
)


def doc(doc_id: str, text: str, *events: EventRecord, outlet: str = "Invented Wire",
        published: str = "2023-05-05") -> Doc:
    d = Doc(id=doc_id, text=text, outlet=outlet, title=f"Title of {doc_id}",
            published=dt.date.fromisoformat(published), published_precision="day")
    d.events = list(events)
    return d


def long_text(topic: str, n: int = 3) -> str:
    """A made-up article long enough for copy detection, distinct per topic."""
    return f"{topic}. " + " ".join(f"{topic} paragraph {i}. {_FILLER}" for i in range(n))
