"""Nested cross-validation of one event-classifier setting (the choice made without the test folds).

    .venv/bin/python bench/classify_nested.py [--values 1,1.4,2] [--seed 13] [--inner 4]
        [--eval-dir ../shared/eval]

``make train``'s cross-validation scores a setting on the same folds it is chosen by. Here the
choice of ``train.CUE_WEIGHT`` (the weight of the who-did-what-to-whom cue features) is made
inside each outer training split: an inner grouped cross-validation (``train.folds`` on the
outer training notes only) scores each candidate, the best by the sum of ACLED event type,
ACLED sub-type, CASE sub-type and CASE no-event accuracy is fitted on the whole outer training
split and scored on the outer held-out fold, which took no part in the choice. Printed: the
nested figures, the weight each outer fold chose, and beside them each candidate fixed for
every fold (the plain cross-validation figure, for comparison). About 75 fits: ~6 min on 2
cores.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path
from typing import Any

from sitrep.nlp import classify as C
from sitrep.nlp import train as T
from sitrep.record import event_types

KEYS = ("acled_type_acc", "acled_sub_acc", "case_subtype_acc", "no_event_outside_acled")


def _held_out(rows: list[dict[str, Any]], classes: list[str], train_idx: list[int],
              test_idx: list[int], weight: float) -> dict[int, str]:
    T.CUE_WEIGHT = weight
    model = T.fit([rows[i] for i in train_idx], classes)
    return {i: T.predict(model, rows[i])[0] for i in test_idx}


def _score(rows: list[dict[str, Any]], preds: dict[int, str]) -> dict[str, float]:
    idx = sorted(i for i in preds if rows[i]["source"] != "extra")
    return T.score([rows[i] for i in idx], [preds[i] for i in idx])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--values", default="1,1.4,2")
    ap.add_argument("--seed", type=int, default=T.SEED)
    ap.add_argument("--inner", type=int, default=4)
    ap.add_argument("--eval-dir", type=Path, default=T.SHARED_EVAL)
    args = ap.parse_args()
    values = [float(v) for v in args.values.split(",")]
    t0 = time.time()
    rows = T.load_examples(args.eval_dir)
    T.prepare(rows)
    classes = [s for subs in event_types().values() for s in subs] + [C.NONE]
    nested: dict[int, str] = {}
    fixed: dict[float, dict[int, str]] = {v: {} for v in values}
    for k, (train_idx, test_idx) in enumerate(T.folds(rows, 5, args.seed)):
        inner_rows = [rows[i] for i in train_idx]
        inner = T.folds(inner_rows, args.inner, args.seed)
        objective = {}
        for v in values:
            preds: dict[int, str] = {}
            for a, b in inner:
                preds.update(_held_out(inner_rows, classes, a, b, v))
            fig = _score(inner_rows, preds)
            objective[v] = sum(fig[key] for key in KEYS)
        best = max(values, key=lambda v: (objective[v], -abs(v - 1.0)))
        for v in values:
            fixed[v].update(_held_out(rows, classes, train_idx, test_idx, v))
        nested.update({i: fixed[best][i] for i in test_idx})
        print(f"outer fold {k + 1}: chose {best} (inner objective "
              + ", ".join(f"{v}: {objective[v]:.4f}" for v in values)
              + f"), {time.time() - t0:.0f} s", flush=True)
    print(f"outer fold seed {args.seed}, held-out figures:")
    print(f"  {'':22s}" + "".join(f"{key[:16]:>18s}" for key in KEYS))
    for name, preds in [("nested choice", nested)] + [(f"fixed {v}", fixed[v]) for v in values]:
        fig = _score(rows, preds)
        print(f"  {name:22s}" + "".join(f"{fig[key]:18.4f}" for key in KEYS))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
