"""Text rendering of one event for ``sitrep show``: the fused values, then every report
behind them (outlet, cited source chain, the values it gives and the sentence each value
came from), contradictions, grade and corrections."""

from __future__ import annotations

from typing import Any

from sitrep.fuse.reconcile import outlet_name
from sitrep.record import EventRecord, Evidence

_VALUE_FIELDS = ("event_date", "date_start", "date_end", "event_type", "sub_event_type",
                 "actor1", "actor2", "country", "admin1", "location", "latitude", "longitude",
                 "fatalities_low", "fatalities_best", "fatalities_high", "injured_low",
                 "injured_best", "injured_high")
# Which evidence key supports which value (evidence is keyed by field name or a family).
_EVIDENCE_KEYS = {"event_date": ("event_date", "date"), "date_start": (), "date_end": (),
                  "fatalities_low": (), "fatalities_high": (), "injured_low": (),
                  "injured_high": (), "latitude": (), "longitude": (),
                  "fatalities_best": ("fatalities", "fatalities_best", "killed"),
                  "injured_best": ("injured", "injured_best"),
                  "location": ("location", "place"), "actor1": ("actor1", "actors"),
                  "actor2": ("actor2",), "event_type": ("event_type", "sub_event_type"),
                  "sub_event_type": ()}


def _sentence(ev: Evidence, text: str | None) -> str:
    start = getattr(ev, "sentence_start", None)
    end = getattr(ev, "sentence_end", None)
    if text and start is not None and end is not None:
        return " ".join(text[start:end].split())
    if text and 0 <= ev.start < ev.end <= len(text):
        # Widen to the surrounding sentence-ish stretch when no sentence span is stored.
        dot = text.rfind(". ", 0, ev.start)
        lo = max(dot + 2 if dot >= 0 else 0, text.rfind("\n", 0, ev.start) + 1)
        hi_candidates = [i for i in (text.find(". ", ev.end), text.find("\n", ev.end)) if i >= 0]
        hi = min(hi_candidates) + 1 if hi_candidates else len(text)
        return " ".join(text[lo:hi].split())
    return " ".join(ev.text.split())


def render(data: dict[str, Any]) -> str:
    rec: EventRecord = data["record"]
    ex = data["extras"]
    lines = [f"{rec.event_id}  {rec.sub_event_type or rec.event_type or '?'}  "
             f"grade: {ex.get('grade')}"]
    date = rec.event_date if rec.date_start == rec.date_end else f"{rec.date_start}/{rec.date_end}"
    lines.append(f"  date: {date} (precision {rec.time_precision})")
    place = ", ".join(x for x in (rec.location, rec.admin2, rec.admin1, rec.country) if x)
    lines.append(f"  place: {place or '?'} ({rec.latitude}, {rec.longitude}; "
                 f"precision {rec.geo_precision})")
    lines.append(f"  actors: {rec.actor1 or '?'} vs {rec.actor2 or '-'}")
    lines.append(f"  killed: {rec.fatalities_low}/{rec.fatalities_best}/{rec.fatalities_high} "
                 f"(ACLED figure {rec.fatalities}); injured: {rec.injured_low}/"
                 f"{rec.injured_best}/{rec.injured_high}")
    lines.append(f"  sources: {ex.get('n_original_sources')} original, {ex.get('n_outlets')} "
                 f"outlets ({'; '.join(ex.get('outlets') or [])}); "
                 f"{len(ex.get('copies') or [])} copies")
    contradictions = ex.get("contradictions") or []
    if contradictions:
        lines.append("  contradictions:")
        for c in contradictions:
            sides = " | ".join(f"{s['value']} ({', '.join(s.get('sources') or [])}; via "
                               f"{', '.join(s.get('outlets') or [])})" for s in c["sides"])
            lines.append(f"    {c['field']}: {sides}")
    lines.append(f"  reports ({len(data['reports'])}):")
    for rep in data["reports"]:
        r: EventRecord = rep["record"]
        copy = f" [copy of {rep['copy_of']}]" if rep.get("copy_of") else ""
        lines.append(f"  - {rep['rid']}  outlet: {outlet_name(rep['outlet']) or '?'}"
                     f"  published: {rep['published'] or '?'}{copy}")
        if rep.get("title"):
            lines.append(f"      title: {rep['title']}")
        for claim in r.claims:
            chain = " > ".join(claim.chain) if claim.chain else (claim.source or "?")
            vals = ", ".join(f"{k}={v}" for k, v in (claim.values or {}).items())
            lines.append(f"      claim ({claim.modality}): source {claim.source or '-'}; "
                         f"chain {chain}{'; ' + vals if vals else ''}")
            if claim.evidence:
                lines.append(f"        \u201c{_sentence(claim.evidence, rep.get('text'))}\u201d")
        for name in _VALUE_FIELDS:
            value = getattr(r, name)
            if value is None:
                continue
            lines.append(f"      {name}: {value}")
            for key in (name, *_EVIDENCE_KEYS.get(name, ())):
                evs = r.evidence.get(key)
                if evs:
                    lines.append(f"        \u201c{_sentence(evs[0], rep.get('text'))}\u201d")
                    break
    corr = data.get("corrections") or []
    if corr:
        lines.append("  corrections:")
        for c in corr:
            at = c["at"].isoformat(timespec="seconds") if c.get("at") else "?"
            note = f" ({c['note']})" if c.get("note") else ""
            lines.append(f"    {at} {c.get('who')}: {c['kind']} {c.get('field')}: "
                         f"{c.get('old_value')!r} -> {c.get('new_value')!r}{note}")
    return "\n".join(lines)
