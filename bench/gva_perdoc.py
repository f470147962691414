"""Per-article GVA check: each single-incident article's main event against its incident.

`sitrep eval` scores GVA after fusion, so one article's better reading can be hidden by the
other reports of the same incident. This check scores extraction alone: every GVA dev article
whose gold names exactly one incident is run through ``sitrep extract`` (gold removed), and the
first (main) event is compared with that incident by the eval's own field scorers.

    .venv/bin/python bench/gva_perdoc.py [--tag NAME] [--out-dir DIR]

It prints the number of articles right on each field and writes the misses, one JSON object a
line, to ``DIR/NAME.misses.jsonl`` for reading one by one. With ``PYTHONPATH`` set to another
source tree the same command measures that tree (the extract runs as ``python -m sitrep``).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

from sitrep.eval.scorers import GVA_FIELDS, _gva_fields, _variants, read_jsonl

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "eval"
DOCS = SHARED / "gva_documents.dev.jsonl"
INCIDENTS = SHARED / "gva_incidents.dev.jsonl"
_SHOWN = ("date", "state", "city_or_county", "num_killed", "num_injured")
_PREDICTED = ("event_date", "admin1", "location", "admin2", "fatalities", "injured_best", "injured_low")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--tag", default="cur", help="name of this run's output files")
    parser.add_argument("--out-dir", default="/tmp/sitrep-gva-perdoc", type=Path)
    args = parser.parse_args()
    if not DOCS.exists() or not INCIDENTS.exists():
        print(f"gva_perdoc: the GVA dev files are not at {SHARED}", file=sys.stderr)
        return 2
    args.out_dir.mkdir(parents=True, exist_ok=True)
    plain = args.out_dir / "gva_documents.nogold.jsonl"
    if not plain.exists():
        with plain.open("w", encoding="utf-8") as out:
            for row in read_jsonl(DOCS):
                row.pop("gold", None)
                out.write(json.dumps(row) + "\n")
    pred_path = args.out_dir / f"{args.tag}.pred.jsonl"
    subprocess.run(
        [sys.executable, "-m", "sitrep", "extract", str(plain), "--out", str(pred_path)],
        check=True,
        stderr=subprocess.DEVNULL,
    )
    incidents = {str(i["incident_id"]): i for i in read_jsonl(INCIDENTS)}
    predictions = {str(p["id"]): p for p in read_jsonl(pred_path)}
    right = dict.fromkeys(GVA_FIELDS, 0)
    scored = 0
    with (args.out_dir / f"{args.tag}.misses.jsonl").open("w", encoding="utf-8") as misses:
        for doc in read_jsonl(DOCS):
            ids = doc["gold"].get("incident_ids") or []
            if len(ids) != 1 or str(ids[0]) not in incidents:
                continue
            incident = incidents[str(ids[0])]
            scored += 1
            events = (predictions.get(str(doc["id"])) or {}).get("events") or []
            got = (
                _gva_fields(events[0], _variants(incident))
                if events
                else dict.fromkeys(GVA_FIELDS, False)
            )
            for field in GVA_FIELDS:
                right[field] += got[field]
            wrong = [field for field in GVA_FIELDS if not got[field]]
            if wrong:
                main_event = events[0] if events else {}
                misses.write(json.dumps({
                    "id": doc["id"],
                    "bad": wrong,
                    "gold": {k: incident.get(k) for k in _SHOWN},
                    "pred": {k: main_event.get(k) for k in _PREDICTED},
                }) + "\n")
    figures = " ".join(f"{field} {right[field]}" for field in GVA_FIELDS)
    print(f"{args.tag} articles {scored} {figures}")
    print(f"misses: {args.out_dir / (args.tag + '.misses.jsonl')}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
