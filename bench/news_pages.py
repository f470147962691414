"""Event precision on ordinary news: invented news pages, some about conflict and most not.

``bench/data/news_pages.jsonl`` holds news pages written for sitrep (no text from any data
set): 40 pages of sport, business, health, politics, weather and entertainment news, many
in the words of violence ("beat", "clash", "attack", "shot", "stormed", "bombed", "battle"),
and 10 pages of conflict news that use the same words ("fans clash with police", "a boxer
shot dead"). A user who feeds sitrep a general news feed expects events from the second kind
only. The gold data sets do not measure this: their documents are all about conflict or
shootings. This prints how many non-conflict pages still give an event and how many conflict
pages give none, with each such page's first event, so the misses can be read one by one.

    .venv/bin/python bench/news_pages.py [PAGES.jsonl]

The default file is ``bench/data/news_pages.jsonl``; ``bench/data/news_pages_2.jsonl`` is a
second set of 40 pages in other fields (weather, courts, markets, elections, road and rail
accidents, school, music, sport), written after the first so that a rule fitted to the first
set can be checked on pages it was not made from. The rules made from the first two sets were
then checked on ``bench/data/news_pages_3.jsonl`` (15 non-conflict and 5 conflict pages,
written after them and used for no rule): keep it so.

With ``PYTHONPATH`` set to another source tree the same command measures that tree (the
extract runs as ``python -m sitrep``).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

PAGES = Path(__file__).resolve().parent / "data" / "news_pages.jsonl"


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    pages = Path(args[0]) if args else PAGES
    rows = [json.loads(line) for line in pages.open(encoding="utf-8")]
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "pred.jsonl"
        subprocess.run([sys.executable, "-m", "sitrep", "extract", str(pages), "--out", str(out),
                        "--jobs", "1"], check=True, stderr=subprocess.DEVNULL, env=os.environ)
        preds = {p["id"]: p for p in map(json.loads, out.open(encoding="utf-8"))}
    wrong_event, missed = [], []
    for r in rows:
        events = preds.get(r["id"], {}).get("events") or []
        if events and not r["conflict"]:
            wrong_event.append((r, events[0]))
        elif not events and r["conflict"]:
            missed.append((r, None))
    others = sum(1 for r in rows if not r["conflict"])
    conflict = len(rows) - others
    print(f"non-conflict pages with an event: {len(wrong_event)} of {others}")
    for r, ev in wrong_event:
        print(f"  {r['id']}  {ev['sub_event_type']:<32} {r['title']}")
    print(f"conflict pages with no event: {len(missed)} of {conflict}")
    for r, _ in missed:
        print(f"  {r['id']}  {r['title']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
