"""FA-KES published-date accuracy and ingest speed (run: .venv/bin/python bench/ingest_published.py).

Reads ../shared/eval (never copied into the project). Prints published_exact on FA-KES, date
coverage on Airwars/GVA, and the mean time of make_doc over GVA texts.
"""

from __future__ import annotations

import json
import sys
import time
from collections import Counter
from pathlib import Path

from sitrep.ingest import EmptyDocument, make_doc
from sitrep.ingest.cleanup import clean_text

EVAL = Path(__file__).resolve().parents[1].parent / "shared" / "eval"


def rows(name: str) -> list[dict]:
    with (EVAL / name).open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def build(r: dict):
    return make_doc(r["id"], r["text"], title=r.get("title"), published=r.get("published"),
                    outlet=r.get("outlet"))


def fakes(show: int) -> None:
    data = rows("fakes_syria.dev.jsonl")
    ok = 0
    sources: Counter[str] = Counter()
    misses = []
    for r in data:
        try:
            doc = build(r)
        except EmptyDocument:
            misses.append((r, None))
            continue
        sources[doc.published_source or "none"] += 1
        gold = r["gold"]["published"]
        if doc.published and doc.published.isoformat() == gold:
            ok += 1
        else:
            misses.append((r, doc))
    print(f"FA-KES published_exact: {ok}/{len(data)} = {ok / len(data):.3f}  sources={dict(sources)}")
    for r, doc in misses[:show]:
        got = doc.published if doc else "FAIL"
        print(f"  gold={r['gold']['published']} got={got} | {r['text'][:110]!r}")


def coverage(name: str) -> None:
    data = rows(name)
    sources: Counter[str] = Counter()
    for r in data:
        try:
            doc = build(r)
        except EmptyDocument:
            sources["empty"] += 1
            continue
        sources[doc.published_source or "none"] += 1
    print(f"{name}: published_source {dict(sources)}")


def speed() -> None:
    data = [r for r in rows("gva_documents.dev.jsonl") if r["text"].strip()]
    for r in data[:50]:  # warm up (py3langid model, tld list, regexes)
        try:
            build(r)
        except EmptyDocument:
            pass
    chars = sum(len(r["text"]) for r in data)
    t0 = time.process_time()
    for r in data:
        clean_text(r["text"])
    t_clean = time.process_time() - t0
    t0 = time.process_time()
    for r in data:
        try:
            build(r)
        except EmptyDocument:
            pass
    t_all = time.process_time() - t0
    per3k = 3000 / (chars / len(data))
    # CPU time (process_time): wall time is meaningless on a shared, loaded machine.
    print(f"GVA speed (CPU): {len(data)} texts, mean {chars / len(data):.0f} chars; "
          f"cleanup {t_clean / len(data) * 1e3:.3f} ms/doc, make_doc (cleanup+metadata+language) "
          f"{t_all / len(data) * 1e3:.3f} ms/doc = {t_all / len(data) * 1e3 * per3k:.3f} ms per 3,000 chars")


if __name__ == "__main__":
    if not EVAL.exists():
        sys.exit(f"no eval data at {EVAL}")
    fakes(int(sys.argv[1]) if len(sys.argv) > 1 else 40)
    coverage("airwars_syria.dev.jsonl")
    coverage("gva_documents.dev.jsonl")
    speed()
