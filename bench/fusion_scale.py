"""Benchmark: incremental fusion cost at 10k and 100k synthetic reports (SQLite file).

Synthetic reports describe invented events in 20 countries and 8 admin1 regions each, 1-4
reports per event with jittered places, toll wording and an occasional date a day off.
What matters is the *time per report* at each size: with blocking by week x country x
admin1 it should stay about flat (linear total cost), not grow with the archive.

The events are spread over a period that grows with the size (3 years per 10,000
reports), so that the *density* of events (events per week and region) is the same at
every size, as in a real archive that grows by covering more time. Spreading 100,000
reports over the same 3 years as 10,000 would put ten times more events in every block,
and measure the density rather than the archive size (``--fixed-span`` does that, for
comparison). Also prints pairwise precision/recall of the recovered clusters.

    .venv/bin/python bench/fusion_scale.py [--sizes 10000 100000] [--fixed-span]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from sitrep.doc import Doc  # noqa: E402
from sitrep.record import Claim, EventRecord  # noqa: E402
from sitrep.store.db import Store  # noqa: E402

TYPES = [("Explosions/Remote violence", "Air/drone strike"), ("Battles", "Armed clash"),
         ("Violence against civilians", "Attack"), ("Protests", "Peaceful protest")]


def synthetic(n_reports: int, seed: int = 1, fixed_span: bool = False
              ) -> tuple[list[Doc], dict[str, int]]:
    rng = random.Random(seed)
    base = dt.date(2000, 1, 1)
    span = 3 * 365 if fixed_span else max(3 * 365, 3 * 365 * n_reports // 10_000)
    docs, truth = [], {}
    ev = 0
    while len(docs) < n_reports:
        ev += 1
        day = base + dt.timedelta(days=rng.randrange(span))
        country = f"Country{rng.randrange(20)}"
        admin = rng.randrange(8)
        lat = 10 + (hash(country) % 20) + admin * 0.9 + rng.random() * 0.5
        lon = 20 + admin * 0.9 + rng.random() * 0.5
        etype, sub = TYPES[rng.randrange(len(TYPES))]
        killed = rng.choice([0, 1, 2, 3, 5, 8, 12])
        actor = f"Armed Group {rng.randrange(30)}"
        for k in range(rng.randint(1, 4)):
            if len(docs) >= n_reports:
                break
            d = day + dt.timedelta(days=1 if rng.random() < 0.1 else 0)
            rec = EventRecord(event_type=etype, sub_event_type=sub, event_date=d.isoformat(),
                              date_start=d.isoformat(), date_end=d.isoformat(),
                              time_precision=1, actor1=actor, country=country,
                              admin1=f"{country}-R{admin}", location=f"Town{ev}",
                              latitude=lat + rng.random() * 0.02, longitude=lon, geo_precision=1,
                              fatalities_low=killed, fatalities_best=killed,
                              fatalities_high=killed if rng.random() < 0.7 else None)
            src = f"Source{rng.randrange(50)}"
            rec.claims.append(Claim(doc_id=f"s{ev}-{k}", outlet=f"Outlet{k}", source=src))
            doc = Doc(id=f"s{ev}-{k}", text=f"synthetic report {ev} {k}", outlet=f"Outlet{k}")
            doc.events = [rec]
            docs.append(doc)
            truth[doc.id] = ev
    return docs, truth


def pairwise(pred: dict[str, str], truth: dict[str, int]) -> tuple[float, float]:
    def pairs(groups: dict[object, list[str]]) -> set[tuple[str, str]]:
        out = set()
        for members in groups.values():
            members = sorted(members)
            out.update((a, b) for i, a in enumerate(members) for b in members[i + 1:])
        return out

    gp: dict[object, list[str]] = defaultdict(list)
    pp: dict[object, list[str]] = defaultdict(list)
    for d, e in truth.items():
        gp[e].append(d)
        pp[pred[d]].append(d)
    g, p = pairs(gp), pairs(pp)
    return (len(g & p) / len(p) if p else 1.0), (len(g & p) / len(g) if g else 1.0)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    ap.add_argument("--fixed-span", action="store_true",
                    help="spread every size over the same 3 years (density grows with size)")
    args = ap.parse_args()
    for n in args.sizes:
        docs, truth = synthetic(n, fixed_span=args.fixed_span)
        with tempfile.TemporaryDirectory() as tmp:
            store = Store(os.path.join(tmp, "scale.db"))
            t0, c0 = time.perf_counter(), time.process_time()
            store.ingest(docs, batch_size=500)
            elapsed = time.perf_counter() - t0
            cpu = time.process_time() - c0
            import sqlite3

            con = sqlite3.connect(os.path.join(tmp, "scale.db"))
            pred = dict(con.execute("SELECT doc_id, event_id FROM reports"))
            n_events = con.execute("SELECT count(*) FROM events").fetchone()[0]
            con.close()
            store.close()
        p, r = pairwise(pred, truth)
        # CPU time per report too: on a shared machine wall time also counts other jobs.
        print(f"{n:>7} reports: {elapsed:7.1f} s, {1000 * elapsed / n:.2f} ms/report "
              f"(CPU {1000 * cpu / n:.2f} ms/report), "
              f"{n_events} events (true {len(set(truth.values()))}), "
              f"pairwise precision {p:.3f} recall {r:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
