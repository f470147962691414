"""Measure the actor step (ActorTagger + AttributionTagger + assign_roles) on the dev files.

ACLED Kenya: actor1 / actor2 exact match (lower-cased, parentheses dropped) using the GOLD
sub-event type and country "Kenya", so the figure isolates the actor step from the classifier.
Airwars Syria: belligerent of the article's actor1 (mapped with roles.belligerent, run as an
"Air/drone strike") against the gold incidents' belligerents.

    .venv/bin/python bench/actors_eval.py [--show N] [--field actor1|actor2] [--by-type]
"""

from __future__ import annotations

import argparse
import json
import re
import time
from pathlib import Path

from sitrep.doc import SENTENCES, Doc
from sitrep.nlp.actors import ActorTagger
from sitrep.nlp.roles import assign_roles, belligerent
from sitrep.nlp.sources import AttributionTagger

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "eval"
_SPLIT = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9\"'])|\n+")


def norm(s: str | None) -> str:
    return re.sub(r"\s+", " ", re.sub(r"[()]", "", (s or "").lower())).strip()


def make_doc(rid: str, text: str, published: str | None = None) -> Doc:
    doc = Doc(id=rid, text=text)
    pos = 0
    for i, m in enumerate([*_SPLIT.finditer(text), None]):
        end = m.start() if m else len(text)
        if text[pos:end].strip():
            doc.span(SENTENCES, pos, end, "sentence", index=i, paragraph=0)
        pos = m.end() if m else len(text)
    return doc


def kenya(show: int, field: str, by_type: bool = False) -> None:
    path = SHARED / "acled_kenya.dev.jsonl"
    rows = [json.loads(line) for line in path.open()]
    actors, sources = ActorTagger(country="Kenya"), AttributionTagger()
    hits = {"actor1": 0, "actor2": 0, "assoc_actor_1": 0, "assoc_actor_2": 0}
    by_sub: dict[str, list[int]] = {}
    fails = []
    t0 = time.perf_counter()
    for r in rows:
        g = r["gold"]
        doc = make_doc(r["id"], r["text"])
        actors(doc, country="Kenya", event_date=g["event_date"])
        sources(doc)
        res = assign_roles(doc, doc.sentences, None, g["sub_event_type"], "Kenya", g["event_date"])
        for k in hits:
            if norm(res[k]) == norm(g[k]):
                hits[k] += 1
        tally = by_sub.setdefault(g["sub_event_type"], [0, 0, 0])
        tally[0] += 1
        tally[1] += norm(res["actor1"]) == norm(g["actor1"])
        tally[2] += norm(res["actor2"]) == norm(g["actor2"])
        if norm(res[field]) != norm(g[field]):
            fails.append((g["sub_event_type"], g[field], res[field], r["text"][:300]))
    dt = time.perf_counter() - t0
    n = len(rows)
    print(f"ACLED Kenya dev ({n} notes, gold sub-event type, country Kenya): "
          + ", ".join(f"{k} {v / n:.3f}" for k, v in hits.items()) + f"  [{dt:.2f}s]")
    if by_type:
        for sub, (k, a1, a2) in sorted(by_sub.items(), key=lambda kv: -kv[1][0]):
            print(f"   {sub:40s} n={k:4d}  actor1 {a1 / k:.3f}  actor2 {a2 / k:.3f}")
    for f in fails[:show]:
        print(" *", f[0], "| gold:", f[1], "| pred:", f[2], "\n     ", f[3])


def airwars(show: int) -> None:
    path = SHARED / "airwars_syria.dev.jsonl"
    rows = [json.loads(line) for line in path.open()]
    actors, sources = ActorTagger(), AttributionTagger()
    hit = n = 0
    fails = []
    for r in rows:
        text = (r.get("title") or "") + "\n" + r["text"] if r.get("title") else r["text"]
        doc = make_doc(r["id"], text)
        actors(doc, country="Syria")
        sources(doc)
        res = assign_roles(doc, doc.sentences[:8], None, "Air/drone strike", "Syria")
        pred = belligerent(res["actor1"])
        for inc in r["gold"]["incidents"]:
            gold = {b.strip() for b in (inc.get("belligerents") or "").split(",") if b.strip()}
            if not gold:
                continue
            n += 1
            if pred in gold:
                hit += 1
            else:
                fails.append((gold, pred, res["actor1"], text[:200].replace("\n", " ")))
    print(f"Airwars Syria dev: belligerent {hit / max(n, 1):.3f} ({hit}/{n})")
    for f in fails[:show]:
        print(" *", f[0], "| pred:", f[1], "|", f[2], "\n     ", f[3])


def speed() -> None:
    path = SHARED / "fakes_syria.dev.jsonl"
    if not path.exists():
        return
    docs = []
    for line in path.open():
        r = json.loads(line)
        docs.append(make_doc(r["id"], r["text"][:3000]))
    actors, sources = ActorTagger(), AttributionTagger()
    actors(docs[0])
    sources(docs[0])
    # CPU time, best of three passes: wall time is meaningless on a shared, loaded machine.
    best = float("inf")
    for _ in range(3):
        t0 = time.process_time()
        for d in docs:
            actors(d)
            sources(d)
        best = min(best, time.process_time() - t0)
    print(f"speed: {1000 * best / len(docs):.3f} ms CPU per article (<=3000 chars, both "
          "taggers, best of 3)")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--show", type=int, default=0)
    ap.add_argument("--field", default="actor1")
    ap.add_argument("--skip-airwars", action="store_true")
    ap.add_argument("--by-type", action="store_true", help="ACLED figures per sub-event type")
    args = ap.parse_args()
    if not SHARED.exists():
        raise SystemExit(f"gold data not found at {SHARED}")
    kenya(args.show, args.field, args.by_type)
    if not args.skip_airwars:
        airwars(args.show)
    speed()


if __name__ == "__main__":
    main()
