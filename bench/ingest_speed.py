"""Benchmark: ``sitrep ingest`` over the GVA dev articles into a fresh SQLite database.

Prints documents per second (target >= 100/s, pipeline included) and the quality of the
resulting document clusters: B-cubed precision / recall / F1 against ``gold.incident_ids``
(a quick scorer: each document belongs to the event of its first fused report, a document
without one is a singleton; a gold document filed under two incidents is right in either),
plus per-incident field accuracy of the best-overlapping event (killed, injured, date,
state, city) for orientation. The official scorer lives in ``sitrep.eval``.

    .venv/bin/python bench/ingest_speed.py [--limit N] [--db PATH] [--keep]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path

from sitrep.eval.bcubed import bcubed

ROOT = Path(__file__).resolve().parents[1]
GVA = ROOT.parent / "shared" / "eval" / "gva_documents.dev.jsonl"
GVA_INC = ROOT.parent / "shared" / "eval" / "gva_incidents.dev.jsonl"


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--db", default=None)
    ap.add_argument("--keep", action="store_true")
    args = ap.parse_args()
    if not GVA.exists():
        print(f"skipped: {GVA} not found")
        return 0
    tmp = tempfile.mkdtemp(prefix="sitrep-bench-")
    src = GVA
    if args.limit:
        src = Path(tmp, "gva.jsonl")
        with GVA.open() as fin, src.open("w") as fout:
            for i, line in enumerate(fin):
                if i >= args.limit:
                    break
                fout.write(line)
    db = args.db or os.path.join(tmp, "gva.db")
    if os.path.exists(db):
        os.remove(db)
    n_docs = sum(1 for _ in src.open())
    sitrep = [sys.executable, "-m", "sitrep"]
    import resource

    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    run = subprocess.run([*sitrep, "ingest", str(src), "--db", db], capture_output=True,
                         text=True)
    elapsed = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    print(run.stdout.splitlines()[0] if run.stdout else run.stderr[-2000:])
    if run.returncode != 0 or not run.stdout:
        print("ingest failed: no figures")
        return 1
    print(f"ingest: {n_docs} documents in {elapsed:.1f} s = {n_docs / elapsed:.0f} docs/s "
          "(process start-up and pipeline included)")
    # CPU time is what a shared machine does not distort: wall time counts other jobs too.
    print(f"ingest CPU: {cpu:.1f} s = {1000 * cpu / n_docs:.1f} ms/document = "
          f"{n_docs / cpu:.0f} docs per CPU-second")
    out = subprocess.run([*sitrep, "events", "--db", db, "--format", "jsonl"],
                         capture_output=True, text=True, check=True).stdout
    events = [json.loads(x) for x in out.splitlines()]

    gold: dict[str, set[str]] = {}
    for line in src.open():
        d = json.loads(line)
        gold[d["id"]] = set(d["gold"]["incident_ids"])
    # A document's cluster: the event of its first (main) report.
    import sqlite3

    con = sqlite3.connect(db)
    first: dict[str, str] = {}
    for doc_id, event_id in con.execute(
            "SELECT doc_id, event_id FROM reports WHERE event_id IS NOT NULL ORDER BY doc_id, idx"):
        first.setdefault(doc_id, event_id)
    pred = {d: first.get(d, "single:" + d) for d in gold}
    p, r, f = bcubed(gold, {d: [c] for d, c in pred.items()})
    n_with = sum(1 for d in gold if d in first)
    print(f"clusters: {len(set(pred.values()))} predicted, "
          f"{len({c for cs in gold.values() for c in cs})} gold; "
          f"{n_with}/{len(gold)} documents have an event")
    print(f"B-cubed precision {p:.3f} recall {r:.3f} F1 {f:.3f} (target F1 >= 0.92)")

    # Field accuracy of the best-overlapping event per gold incident.
    incidents = {}
    if GVA_INC.exists():
        for line in GVA_INC.open():
            x = json.loads(line)
            incidents[x["incident_id"]] = x
    by_event = {e["event_id"]: e for e in events}
    docs_of_event: dict[str, set[str]] = defaultdict(set)
    for d, e in pred.items():
        docs_of_event[e].add(d)
    inc_docs: dict[str, set[str]] = defaultdict(set)
    for d, cs in gold.items():
        for c in cs:
            inc_docs[c].add(d)
    hits: Counter[str] = Counter()
    n = 0
    for inc, docs in inc_docs.items():
        g = incidents.get(inc)
        if g is None:
            continue
        n += 1
        overlap = Counter(pred[d] for d in docs if pred[d] in by_event)
        if not overlap:
            continue
        ev = by_event[overlap.most_common(1)[0][0]]
        hits["killed"] += ev.get("fatalities") == g["num_killed"]
        hits["killed_best"] += (ev.get("fatalities_best") or 0) == g["num_killed"]
        hits["injured"] += (ev.get("injured_best") or 0) == g["num_injured"]
        hits["date"] += ev.get("event_date") == g["date"]
        hits["state"] += (ev.get("admin1") or "").lower() == (g["state"] or "").lower()
        city = (ev.get("location") or "").lower()
        hits["city"] += bool(city) and city in (g["city_or_county"] or "").lower()
    if n:
        print("per incident: " + ", ".join(f"{k} {v / n:.3f}" for k, v in sorted(hits.items()))
              + f" (n={n}; targets killed 0.85, injured 0.80, date 0.80, state 0.95, city 0.85)")
    if not args.keep and not args.db:
        import shutil

        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
