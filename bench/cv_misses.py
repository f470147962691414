"""List the held-out ACLED type misses that ``bench/cv_pipeline.py --keep DIR`` left in DIR.

    .venv/bin/python bench/cv_misses.py DIR [--pair "Battles>Violence against civilians"]
        [--field event_type|sub_event_type] [--out misses.jsonl]

For each kept fold (``acled_kenya-<seed>-<fold>.jsonl`` and its ``.pred.jsonl``) compares the
gold with the main (first) predicted event, prints a confusion count of gold -> predicted,
and with ``--out`` writes each miss (id, gold, predicted, actors, text) to read one by one.
Nothing in the project reads this; it is a reading aid for the classifier's misses.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path


def _rows(path: Path) -> dict[str, dict]:
    with path.open(encoding="utf-8") as fh:
        return {r["id"]: r for r in map(json.loads, fh)}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("dir")
    ap.add_argument("--field", default="event_type")
    ap.add_argument("--pair", default=None, help='"GOLD>PRED" to keep only that confusion')
    ap.add_argument("--set", default="acled_kenya")
    ap.add_argument("--out", default=None)
    args = ap.parse_args()
    conf: Counter[tuple[str, str]] = Counter()
    misses = []
    total = 0
    for gold_path in sorted(Path(args.dir).glob(f"{args.set}-*.jsonl")):
        if gold_path.name.endswith(".pred.jsonl"):
            continue
        preds = _rows(Path(str(gold_path)[: -len(".jsonl")] + ".pred.jsonl"))
        for gid, row in _rows(gold_path).items():
            gold = row["gold"]
            total += 1
            evs = preds.get(gid, {}).get("events", [])
            ev = evs[0] if evs else {}
            g = gold.get(args.field) or "NONE"
            p = ev.get(args.field) or "NONE"
            if g == p:
                continue
            conf[(g, p)] += 1
            if args.pair and f"{g}>{p}" != args.pair:
                continue
            misses.append({"id": gid, "fold": gold_path.stem, "gold": g, "pred": p,
                           "gold_sub": gold.get("sub_event_type"),
                           "pred_sub": ev.get("sub_event_type"),
                           "gold_actors": [gold.get("actor1"), gold.get("actor2")],
                           "pred_actors": [ev.get("actor1"), ev.get("actor2")],
                           "conf": ev.get("confidence"), "text": row["text"]})
    print(f"{sum(conf.values())} misses of {total}")
    for (g, p), n in conf.most_common(25):
        print(f"{n:5d}  {g} -> {p}")
    if args.out:
        with open(args.out, "w", encoding="utf-8") as fh:
            for m in misses:
                fh.write(json.dumps(m, ensure_ascii=False) + "\n")
    else:
        for m in misses:
            print(json.dumps(m, ensure_ascii=False))


if __name__ == "__main__":
    main()
