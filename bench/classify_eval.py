"""Held-out figures of the sub-event classifier and the rule-only baseline, plus speed.

    .venv/bin/python bench/classify_eval.py [--folds 5] [--eval-dir ../shared/eval]

Accuracy figures are k-fold grouped cross-validation (the same procedure as
``python -m sitrep.nlp.train``; a model is trained on k-1 folds and scored on the held-out
fold, never on its own training data). Speed is measured with the shipped weights.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

from sitrep.doc import SENTENCES, Doc
from sitrep.nlp import classify as C
from sitrep.nlp import train as T
from sitrep.nlp.actors import ActorTagger
from sitrep.nlp.triggers import TriggerTagger
from sitrep.record import event_types


def speed(texts: list[str]) -> dict[str, float]:
    C.classify("warm up")
    sents = [t for t in texts if t][:2000]
    t0 = time.perf_counter()
    for t in sents:
        C.classify(t)
    per_sent_ms = (time.perf_counter() - t0) / len(sents) * 1000
    article = " ".join(sents[:25])[:3000]
    tagger = TriggerTagger()
    docs = []
    for _ in range(200):
        d = Doc("b", article)
        for i, m in enumerate(re.finditer(r"[^.!?]+[.!?]*", article)):
            d.span(SENTENCES, m.start(), m.end(), "sentence", index=i)
        docs.append(d)
    t0 = time.perf_counter()
    for d in docs:
        tagger(d)
    per_doc_ms = (time.perf_counter() - t0) / len(docs) * 1000
    # Pipeline path: the document already holds the triggers and actors layers.
    actors = ActorTagger()
    tagged = []
    for t in sents[:1000]:
        d = Doc("b", t)
        d.span(SENTENCES, 0, len(t), "sentence", index=0)
        tagger(actors(d))
        tagged.append(d)
    t0 = time.perf_counter()
    for d in tagged:
        C.classify_sentences(d, d.get(SENTENCES))
    per_group_ms = (time.perf_counter() - t0) / len(tagged) * 1000
    return {"classify_ms_per_text": per_sent_ms, "triggers_ms_per_3000_chars": per_doc_ms,
            "classify_sentences_ms_tagged_doc": per_group_ms}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--eval-dir", type=Path, default=T.SHARED_EVAL)
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--speed-only", action="store_true")
    args = ap.parse_args(argv)
    if not (args.eval_dir / "acled_kenya.dev.jsonl").exists():
        print(f"no gold data in {args.eval_dir}", file=sys.stderr)
        return 1
    rows = T.load_examples(args.eval_dir)
    if not args.speed_only:
        T.prepare(rows)
        classes = [s for subs in event_types().values() for s in subs] + [C.NONE]
        model_fig, rule_fig, _ = T.cross_validate(rows, classes, args.folds)
        T._print(f"{args.folds}-fold grouped cross-validation, model (held-out):", model_fig)
        T._print("rule-only baseline (trigger lexicon + precedence):", rule_fig)
    sp = speed([r["text"] for r in rows if r["source"] != "extra"])
    T._print("speed (shipped weights):", sp)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
