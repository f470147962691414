"""Measure DateTagger / CasualtyTagger on the dev gold files in ../shared/eval.

    .venv/bin/python bench/dates_numbers_eval.py [--show N] [--only kenya|gva|airwars|speed]

Prints, per data set, the scores named in docs/helpers (fatalities exact, event date exact,
killed/injured exact, date within a day) and, with --show, the first N failures to read.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
import time
from pathlib import Path

from sitrep.doc import SENTENCES, Doc, Span
from sitrep.nlp.dates import DateTagger, event_date_for
from sitrep.nlp.numbers import CasualtyTagger, casualties_for

EVAL = Path(__file__).resolve().parents[1].parent / "shared" / "eval"
_SPLIT = re.compile(r"(?<=[.!?])[\"')\]]*\s+(?=[\"'“(\[]?[A-Z0-9])|\n\s*\n|\n")


def simple_sentences(doc: Doc) -> Doc:
    """A stand-in splitter (the real one is sitrep.nlp.sentences, owned by another helper)."""
    doc.layers[SENTENCES] = []
    pos, para, idx = 0, 0, 0
    for m in [*_SPLIT.finditer(doc.text), None]:
        end = m.start() if m else len(doc.text)
        if doc.text[pos:end].strip():
            doc.add(SENTENCES, Span(pos, end, "sentence", doc.text[pos:end], {"index": idx, "paragraph": para}))
            idx += 1
        if m and "\n" in m.group(0):
            para += 1
        pos = m.end() if m else len(doc.text)
    return doc


def splitter():
    try:
        from sitrep.nlp.sentences import SentenceSplitter

        return SentenceSplitter()
    except Exception:  # noqa: BLE001 - the other helper's module may be mid-edit
        return simple_sentences


def load(name: str) -> list[dict]:
    with open(EVAL / name, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


def pdate(s: str | None) -> dt.date | None:
    return dt.date.fromisoformat(s) if s else None


def kenya(split, dates, nums, show: int) -> None:
    rows = load("acled_kenya.dev.jsonl")
    fat_ok = date_ok = date_n = 0
    fat_fail, date_fail = [], []
    for r in rows:
        doc = Doc(id=r["id"], text=r["text"], published=pdate(r.get("published")))
        nums(dates(split(doc)))
        c = casualties_for(doc, doc.sentences)
        gold = r["gold"]
        if c["fatalities"] == gold["fatalities"]:
            fat_ok += 1
        else:
            fat_fail.append((r["text"], gold["fatalities"], c["fatalities"], [(s.label, s.text, s.attrs.get("cumulative")) for s in doc.get("numbers")]))
        if re.search(r"\b(?:19|20)\d\d\b", r["text"]) or r.get("published"):
            date_n += 1
            e = event_date_for(doc, doc.sentences)
            got = e["event_date"] if e else None
            if got == gold["event_date"]:
                date_ok += 1
            else:
                date_fail.append((r["text"][:200], gold["event_date"], got))
    print(f"kenya fatalities exact: {fat_ok}/{len(rows)} = {fat_ok / len(rows):.3f}")
    print(f"kenya event_date exact (year named): {date_ok}/{date_n} = {date_ok / max(1, date_n):.3f}")
    for f in fat_fail[:show]:
        print("  FAT", f)
    for f in date_fail[:show]:
        print("  DATE", f)


def gva(split, dates, nums, show: int) -> None:
    docs = load("gva_documents.dev.jsonl")
    incidents = {r["incident_id"]: r for r in load("gva_incidents.dev.jsonl")}
    n = k_ok = i_ok = both = lead_k = lead_i = date_ok = 0
    fails = []
    for r in docs:
        ids = r["gold"].get("incident_ids") or []
        if not ids or ids[0] not in incidents or not r["text"].strip():
            continue
        gold = incidents[ids[0]]
        doc = Doc(id=r["id"], text=r["text"], published=pdate(r.get("published")))
        nums(dates(split(doc)))
        c = casualties_for(doc, doc.sentences)
        lead = casualties_for(doc, doc.sentences[:6])
        e = event_date_for(doc, doc.sentences)
        date_ok += bool(e and e["event_date"] == gold["date"])
        n += 1
        k = c["fatalities"]
        # as sitrep.eval.scorers: injured_best, else injured_low, else 0
        i = c["injured_best"] if c["injured_best"] is not None else (c["injured_low"] or 0)
        k_ok += k == gold["num_killed"]
        i_ok += i == gold["num_injured"]
        both += k == gold["num_killed"] and i == gold["num_injured"]
        lead_k += lead["fatalities"] == gold["num_killed"]
        lead_i += (lead["injured_best"] if lead["injured_best"] is not None else (lead["injured_low"] or 0)) == gold["num_injured"]
        if k != gold["num_killed"] or i != gold["num_injured"]:
            fails.append((r["text"][:300].replace("\n", " "), gold["num_killed"], gold["num_injured"], k, i, [(s.label, s.text) for s in c["evidence"]][:6]))
    print(f"gva docs with text: {n}")
    print(f"gva killed exact (whole doc): {k_ok / n:.3f}  injured exact: {i_ok / n:.3f}  both: {both / n:.3f}")
    print(f"gva killed exact (first 6 sentences): {lead_k / n:.3f}  injured exact: {lead_i / n:.3f}")
    print(f"gva event_date exact (whole doc, published = crawl date field): {date_ok / n:.3f}")
    for f in fails[:show]:
        print("  GVA", f)


def airwars(split, dates, nums, show: int) -> None:
    rows = load("airwars_syria.dev.jsonl")
    n = ok = none = 0
    fails = []
    for r in rows:
        pub = pdate(r.get("published"))
        # the DateTagger reads the outlet address itself: a dated path or a post id as the
        # publication date, a web.archive.org timestamp as an upper bound (a crawl date)
        doc = Doc(id=r["id"], text=r["text"], published=pub, outlet=r.get("outlet"))
        nums(dates(split(doc)))
        e = event_date_for(doc, doc.sentences)
        for inc in r["gold"]["incidents"]:
            n += 1
            gold = dt.date.fromisoformat(inc["date"])
            if e is None:
                none += 1
                fails.append((r["outlet"][-90:], str(pub), inc["date"], None, None))
                continue
            got = dt.date.fromisoformat(e["event_date"])
            if abs((got - gold).days) <= 1:
                ok += 1
            else:
                fails.append((r["outlet"][-90:], str(pub), inc["date"], e["event_date"], e["span"].text if e["span"] else e["how"]))
    print(f"airwars date within 1 day: {ok}/{n} = {ok / n:.3f} (no date: {none})")
    for f in fails[:show]:
        print("  AIR", f)


def speed(split, dates, nums) -> None:
    docs = [r for r in load("gva_documents.dev.jsonl") if len(r["text"]) > 1500][:500]
    prepared = []
    for r in docs:
        doc = Doc(id=r["id"], text=r["text"][:3000], published=pdate(r.get("published")))
        prepared.append(split(doc))
    t0 = time.process_time()
    for doc in prepared:
        dates(doc)
    t1 = time.process_time()
    for doc in prepared:
        nums(doc)
    t2 = time.process_time()
    chars = sum(len(d.text) for d in prepared) / len(prepared)
    print(f"speed over {len(prepared)} docs (~{chars:.0f} chars): dates {1000 * (t1 - t0) / len(prepared):.3f} ms/doc, numbers {1000 * (t2 - t1) / len(prepared):.3f} ms/doc")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--show", type=int, default=0)
    ap.add_argument("--only", default=None)
    args = ap.parse_args()
    if not EVAL.exists():
        print(f"no gold data at {EVAL}", file=sys.stderr)
        return 1
    split, dates, nums = splitter(), DateTagger(), CasualtyTagger()
    if args.only in (None, "kenya"):
        kenya(split, dates, nums, args.show)
    if args.only in (None, "gva"):
        gva(split, dates, nums, args.show)
    if args.only in (None, "airwars"):
        airwars(split, dates, nums, args.show)
    if args.only in (None, "speed"):
        speed(split, dates, nums)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
