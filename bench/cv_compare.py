"""Notes whose main event's type or sub-type differs between two ``cv_pipeline.py --keep``
directories (A: before a change, B: after), with the gold: what a change fixed and broke.

    .venv/bin/python bench/cv_compare.py DIR_A DIR_B [--set acled_kenya|case2021_task2]
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path


def _first(path: Path) -> dict[str, dict]:
    out = {}
    with path.open(encoding="utf-8") as fh:
        for row in map(json.loads, fh):
            evs = row.get("events") or []
            out[row["id"]] = evs[0] if evs else {}
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("a")
    ap.add_argument("b")
    ap.add_argument("--set", default="acled_kenya")
    args = ap.parse_args()
    fixed = broken = other = 0
    for gold_path in sorted(Path(args.a).glob(f"{args.set}-*.jsonl")):
        if gold_path.name.endswith(".pred.jsonl"):
            continue
        pred_name = gold_path.name[: -len(".jsonl")] + ".pred.jsonl"
        if not (Path(args.b) / pred_name).exists():
            continue  # a fold seed that only A ran
        pa, pb = _first(gold_path.parent / pred_name), _first(Path(args.b) / pred_name)
        with gold_path.open(encoding="utf-8") as fh:
            for row in map(json.loads, fh):
                ea, eb = pa.get(row["id"], {}), pb.get(row["id"], {})
                key = ("event_type", "sub_event_type")
                if tuple(ea.get(k) for k in key) == tuple(eb.get(k) for k in key):
                    continue
                gold = row.get("gold") or {}
                g = gold.get("sub_event_type") or gold.get("subtype") or gold
                sa, sb = ea.get("sub_event_type"), eb.get("sub_event_type")
                mark = "+" if sb == g else "-" if sa == g else "="
                fixed += mark == "+"
                broken += mark == "-"
                other += mark == "="
                print(f"{mark} {row['id']} gold={g} A={sa} B={sb}")
                print("    " + row["text"][:300].replace("\n", " "))
    print(f"sub-type fixed {fixed}, broken {broken}, changed and still wrong {other}")


if __name__ == "__main__":
    main()
