"""Benchmark: ``sitrep ingest`` over the GVA dev articles into a fresh SQLite database.

Prints documents per second (target >= 100/s, pipeline included) and the quality of the
resulting document clusters: B-cubed precision / recall / F1 against ``gold.incident_ids``
and the per-incident field accuracy of the best-overlapping event (killed, injured, date,
city, state), both by ``sitrep.eval.scorers.score_gva``, the scorer ``sitrep eval`` uses.

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
from pathlib import Path

from sitrep.eval.scorers import score_gva

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

    # Scored by sitrep's own GVA scorer, the one `sitrep eval` uses (B-cubed over documents,
    # then each gold incident's best-overlapping event).
    documents = [json.loads(line) for line in src.open()]
    incidents = [json.loads(line) for line in GVA_INC.open()] if GVA_INC.exists() else []
    figures = score_gva(documents, incidents, events)
    with_event = {str(d) for ev in events for d in ev.get("doc_ids") or []}
    print(f"clusters: {len(events)} events; "
          f"{sum(str(d['id']) in with_event for d in documents)}/{len(documents)} documents "
          "have an event")
    f = {k: v["value"] for k, v in figures.items()}
    print(f"B-cubed precision {f['bcubed_precision']:.3f} recall {f['bcubed_recall']:.3f} "
          f"F1 {f['bcubed_f1']:.3f} (target F1 >= 0.92)")
    if incidents:
        print("per incident: " + ", ".join(f"{k} {f[k]:.3f}" for k in
                                           ("killed", "injured", "date", "city", "state"))
              + f" (n={figures['killed']['n']}; targets killed 0.85, injured 0.80, date 0.80, "
              "state 0.95, city 0.85)")
    if not args.keep and not args.db:
        import shutil

        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
