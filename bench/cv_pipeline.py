"""Held-out figures of the whole pipeline: grouped cross-validation through ``sitrep extract``.

    .venv/bin/python bench/cv_pipeline.py [SEED ...] [--folds 5] [--eval-dir ../shared/eval]
        [--show 15] [--ids N] [--no-rule-log] [--keep DIR]

About 45 s a fold seed on 2 cores (fit ~6 s and extraction ~2 s a fold, plus attribution).

The shipped event classifier learnt from the ACLED Kenya and CASE 2021 dev files, so
``sitrep eval``'s type figures on them are not held-out, and ``python -m sitrep.nlp.train``'s
cross-validation scores the classifier alone (one note in, one label out), not the pipeline,
which adds rules after the model (weapon overrides, the air-force rule, event status, the
choice of the main event, the lead fallback; src/sitrep/nlp/events.py). For each fold seed
(default 13) this splits the rows exactly as ``train.cross_validate`` does (``train.folds``:
the dev notes in StratifiedGroupKFold on ``train._group_key``, the invented "extra" sentences
training every fold once), fits each fold's model with ``train.fit``, exports it with ``train.export`` (so
the pipeline reads the same rounded weights a shipped model would have), points the pipeline
at it with ``classify.use_model``, runs the eval runner's ``run_extract`` on the fold's
held-out ACLED notes and CASE snippets and scores them with the eval's own scorers. Printed:
per-fold and pooled pipeline figures beside the classifier-only figures of the same folds
(which equal ``train.cross_validate``'s for that seed), then where the two disagree.

Attribution: while extracting, the events component's weapon rule (``_weapon_type``), its
lead fallback (``_lead_group``) and its records (``_record``: status, type) are wrapped to
log what they did (forked extraction workers inherit the wrappers and append to one log
file), so each disagreement is put down to a rule. Nothing is written to the project; with
``--keep DIR`` each fold's held-out notes and predictions stay in DIR
(``<set>-<seed>-<fold>.jsonl`` and ``.pred.jsonl``) to read the misses one by one.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

import numpy as np

from sitrep.eval.runner import run_extract
from sitrep.eval.scorers import events_of, read_jsonl, score_records
from sitrep.nlp import classify as C
from sitrep.nlp import events as E
from sitrep.nlp import train as T
from sitrep.record import event_type_of, event_types

DATASETS = {"acled": "acled_kenya", "case": "case2021_task2"}
FILES = {"acled": "acled_kenya.dev.jsonl", "case": "case2021_task2.dev.jsonl"}
# (label, pipeline metric, classifier metric of train.score or None)
COMPARE = [
    ("ACLED event_type", "acled", "event_type", "acled_type_acc"),
    ("ACLED event_type_macro_f1", "acled", "event_type_macro_f1", "acled_type_macro_f1"),
    ("ACLED sub_event_type", "acled", "sub_event_type", "acled_sub_acc"),
    ("ACLED sub_event_type_macro_f1", "acled", "sub_event_type_macro_f1",
     "acled_sub_macro_f1"),
    ("ACLED fatalities", "acled", "fatalities", None),
    ("ACLED admin1", "acled", "admin1", None),
    ("ACLED actor1", "acled", "actor1", None),
    ("CASE subtype_acled_classes", "case", "subtype_acled_classes", "case_subtype_acc"),
    ("CASE subtype_macro_f1", "case", "subtype_macro_f1", "case_subtype_macro_f1"),
    ("CASE no_event_outside_acled", "case", "no_event_outside_acled",
     "no_event_outside_acled"),
]
NO_EVENT = C.NONE

# ------------------------------------------------------------------ rule log (attribution)
_LOG: str | None = None  # set before extraction; forked workers inherit it
_INSTRUMENTED = False  # the events component's rules are wrapped (see _instrument)


def _log(*fields: Any) -> None:
    if _LOG is None:
        return
    line = "\t".join("" if f is None else str(f) for f in fields) + "\n"
    fd = os.open(_LOG, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
    try:
        os.write(fd, line.encode("utf-8"))  # one short appended write: whole lines
    finally:
        os.close(fd)


def _instrument() -> None:
    """Wrap the events component's rules so each logs what it decided (doc id first)."""
    global _INSTRUMENTED
    _INSTRUMENTED = True
    ext = E.EventExtractor
    weapon, lead, record = ext._weapon_type, ext._lead_group, ext._record

    def weapon_type(doc: Any, group: Any, rec: Any, score: float) -> str | None:
        out = weapon(doc, group, rec, score)
        if out and out != rec.sub_event_type:
            air = bool(rec.actor1 and "Air Force" in rec.actor1)
            rule = "air-force attack" if air and rec.sub_event_type == "Attack" else "weapon"
            _log(doc.id, "override", rec.event_id, rule, rec.sub_event_type, out)
        return out

    def lead_group(self: Any, doc: Any, lead_sents: Any) -> Any:
        out = lead(self, doc, lead_sents)
        if out is not None:
            _log(doc.id, "lead")
        return out

    def make_record(self: Any, doc: Any, group: Any, index: int, context: Any) -> Any:
        rec = record(self, doc, group, index, context)
        _log(doc.id, "record", rec.event_id, rec.status, rec.sub_event_type,
             len(group.sentences), len(doc.sentences))
        if index == 0:
            # The model on all of the document's sentences with the pipeline's own layers:
            # tells a feature difference (pipeline layers vs the trainer's) from the choice
            # of sentences.
            whole = self.classify.classify_sentences(doc, doc.sentences)[0]
            _log(doc.id, "whole", whole or NO_EVENT)
        return rec

    ext._weapon_type = staticmethod(weapon_type)  # type: ignore[method-assign]
    ext._lead_group = lead_group  # type: ignore[method-assign]
    ext._record = make_record  # type: ignore[method-assign]


def _read_log(path: Path) -> dict[str, list[list[str]]]:
    out: dict[str, list[list[str]]] = defaultdict(list)
    if path.exists():
        for line in path.read_text("utf-8").splitlines():
            doc_id, *rest = line.split("\t")
            out[doc_id].append(rest)
    return out


# ------------------------------------------------------------------------------ folds
def _gold(eval_dir: Path, rows: list[dict[str, Any]]) -> list[tuple[str, dict[str, Any]] | None]:
    """For each training row, (family, gold record) of the line it was read from (None for
    the extra sentences); load_examples reads ACLED, then CASE, then the extras."""
    recs = [("acled", r) for r in read_jsonl(eval_dir / FILES["acled"])]
    recs += [("case", r) for r in read_jsonl(eval_dir / FILES["case"])]
    out: list[tuple[str, dict[str, Any]] | None] = []
    for i, row in enumerate(rows):
        if row["source"] == "extra":
            out.append(None)
            continue
        fam, rec = recs[i]
        if fam != row["source"] or rec["text"] != row["text"]:
            sys.exit("gold files and train.load_examples disagree on row order")
        out.append((fam, rec))
    return out


def _extract(recs: list[dict[str, Any]], name: str, workdir: Path) -> dict[str, Any]:
    """The eval runner's extraction of ``recs``: {id: prediction line}."""
    src, pred = workdir / f"{name}.jsonl", workdir / f"{name}.pred.jsonl"
    with open(src, "w", encoding="utf-8") as fh:
        for r in recs:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    why = run_extract(src, pred)
    if why:
        print(f"  warning: {name}: {why}", file=sys.stderr)
    return {str(p.get("id")): p for p in read_jsonl(pred)} if pred.exists() else {}


def _score(fam: str, recs: list[dict[str, Any]], preds: dict[str, Any],
           workdir: Path) -> dict[str, Any]:
    """The eval's scorer over ``recs`` (through a predictions file, as sitrep eval does)."""
    path = workdir / f"scored-{fam}.jsonl"
    with open(path, "w", encoding="utf-8") as fh:
        for r in recs:
            if str(r["id"]) in preds:
                fh.write(json.dumps(preds[str(r["id"])], ensure_ascii=False) + "\n")
    return score_records(DATASETS[fam], recs, path)


def _table(pipe: dict[str, dict[str, Any]], clf: dict[str, float]) -> list[str]:
    lines = [f"  {'metric':30s} {'n':>5s} {'pipeline':>8s} {'classif':>8s} {'diff':>7s}"]
    for label, fam, metric, cmetric in COMPARE:
        fig = (pipe.get(fam) or {}).get(metric) or {}
        v = fig.get("value")
        c = clf.get(cmetric) if cmetric else None
        vs = f"{v:8.3f}" if v is not None else f"{'-':>8s}"
        cs = f"{c:8.3f}" if c is not None else f"{'':>8s}"
        ds = f"{v - c:+7.3f}" if v is not None and c is not None else ""
        lines.append(f"  {label:30s} {fig.get('n', 0):5d} {vs} {cs} {ds}")
    return lines


def _main_sub(pred: dict[str, Any] | None) -> str:
    evs = events_of(pred)
    return (evs[0].get("sub_event_type") or NO_EVENT) if evs else NO_EVENT


def _cause(doc_log: list[list[str]], pred: dict[str, Any] | None, clf: str) -> str:
    """Which post-classifier step made the pipeline's main event differ from the
    classifier's reading of the whole note."""
    if not _INSTRUMENTED:
        return "not attributed (--no-rule-log)"
    evs = events_of(pred)
    if not evs:
        statuses = Counter(x[2] for x in doc_log if x[0] == "record")
        if not statuses:
            return "no event: no cue sentence, lead fallback read NONE"
        if set(statuses) == {"non_conflict"}:
            return "no event: model read NONE on the event sentences"
        return "no event: status rule (" + ",".join(sorted(set(statuses) - {"event"})) + ")"
    main = evs[0]
    for x in doc_log:
        if x[0] == "override" and x[1] == main.get("event_id"):
            return f"{x[2]} override"
    if any(x[0] == "lead" for x in doc_log):
        return "lead fallback"
    whole = next((x[1] for x in doc_log if x[0] == "whole"), None)
    if whole is not None and whole != clf:
        # The model on all of the note's sentences, through classify_sentences, answers
        # otherwise than the trainer's reading of the note. Its features are the trainer's
        # (checked: the same feature set on all 3,083 ACLED and CASE dev texts), so this is
        # classify_sentences' own after-model rules (the demonstration, intervention, victim
        # and mob sides), or the note's leading date, which the pipeline's sentences leave
        # out, or the exported model's rounding.
        return "classify_sentences' side rules (whole note)"
    if clf == NO_EVENT:
        return "event sentences read as an event; the whole note reads NONE"
    n_events = sum(1 for x in doc_log if x[0] == "record" and x[2] == "event")
    if n_events > 1:
        return "model on the main event's sentences (several events: main-event choice)"
    own = next((x for x in doc_log if x[0] == "record" and x[1] == main.get("event_id")), None)
    if own is not None and own[4] != own[5]:
        return "model on the event's sentences only (cue-less sentences left out)"
    return "model on the event's sentences (all of the note's)"


def run_seed(rows: list[dict[str, Any]], gold: list[Any], classes: list[str], k: int,
             seed: int, workdir: Path, show: int, ids: int = 0) -> dict[str, Any]:
    global _LOG
    started = time.perf_counter()
    clf_preds = [""] * len(rows)
    preds: dict[str, dict[str, Any]] = {"acled": {}, "case": {}}
    log_path = workdir / f"rules-{seed}.log"
    log_path.unlink(missing_ok=True)
    _LOG = str(log_path)
    print(f"== fold seed {seed}, {k} folds")
    for f, (train_idx, test_idx) in enumerate(T.folds(rows, k, seed)):
        t0 = time.perf_counter()
        # Exactly train.cross_validate's folds and training rows.
        model = T.fit([rows[i] for i in train_idx], classes)
        for i in test_idx:
            clf_preds[i] = T.predict(model, rows[i])[0]
        t_fit = time.perf_counter() - t0
        model_path = workdir / f"fold-{seed}-{f}.json"
        T.export(model, model_path)
        C.use_model(model_path)
        try:
            fold_figs: dict[str, Any] = {}
            for fam in ("acled", "case"):
                recs = [g[1] for i in test_idx if (g := gold[i]) and g[0] == fam]
                got = _extract(recs, f"{DATASETS[fam]}-{seed}-{f}", workdir)
                preds[fam].update(got)
                fold_figs[fam] = _score(fam, recs, got, workdir)
        finally:
            C.use_model(None)
        held = [i for i in test_idx if rows[i]["source"] != "extra"]
        clf_fig = T.score([rows[i] for i in held], [clf_preds[i] for i in held])
        print(f"-- fold {f + 1}/{k}: {len(held)} held-out notes; fit {t_fit:.0f} s, "
              f"extract+score {time.perf_counter() - t0 - t_fit:.0f} s")
        print("\n".join(_table(fold_figs, clf_fig)))
    _LOG = None
    scored = [i for i, r in enumerate(rows) if r["source"] != "extra"]
    clf_fig = T.score([rows[i] for i in scored], [clf_preds[i] for i in scored])
    pooled = {fam: _score(fam, [g[1] for i in scored if (g := gold[i])[0] == fam],
                          preds[fam], workdir) for fam in ("acled", "case")}
    print(f"-- pooled over the {k} folds (every note held out once), fold seed {seed}:")
    print("\n".join(_table(pooled, clf_fig)))
    recorded = (_shipped_cv().get("model_by_seed") or {}).get(str(seed))
    if recorded:
        same = all(abs(recorded[m] - clf_fig[m]) < 6e-5 for m in recorded if m in clf_fig)
        print(f"  classifier figures {'equal' if same else 'DIFFER FROM'} the shipped model's "
              f"recorded cross-validation for seed {seed}")
    causes = _disagreements(rows, gold, clf_preds, preds, _read_log(log_path), show, ids)
    print(f"   seed {seed} done in {time.perf_counter() - started:.0f} s")
    return {"pipeline": pooled, "classifier": clf_fig, "causes": causes}


def _shipped_cv() -> dict[str, Any]:
    from importlib import resources

    path = resources.files("sitrep.data").joinpath(C.MODEL_FILE)
    return json.loads(path.read_text("utf-8")).get("cross_validation") or {}


def _disagreements(rows: list[dict[str, Any]], gold: list[Any], clf_preds: list[str],
                   preds: dict[str, dict[str, Any]], log: dict[str, list[list[str]]],
                   show: int, ids: int = 0) -> dict[str, Counter[tuple[str, str]]]:
    """Where the pipeline's main event type differs from the classifier's held-out reading
    of the whole note: gains and losses against gold, by cause and by label pair. Returns
    {family: Counter((cause, "fixed" | "broken" | "neither"))}."""
    tallies: dict[str, Counter[tuple[str, str]]] = {}
    for fam, key in (("acled", "sub-event type"), ("case", "CASE sub-type / no event")):
        gain: Counter[str] = Counter()
        loss: Counter[str] = Counter()
        other: Counter[str] = Counter()
        pairs: Counter[tuple[str, str, str, str]] = Counter()
        examples: dict[tuple[str, str], list[str]] = {}
        type_gain = type_loss = 0
        for i, r in enumerate(rows):
            g = gold[i]
            if g is None or g[0] != fam:
                continue
            pred = preds[fam].get(str(g[1]["id"]))
            pipe, clf, want = _main_sub(pred), clf_preds[i], r["label"]
            if pipe == clf:
                continue
            cause = _cause(log.get(str(g[1]["id"]), []), pred, clf)
            ok_p, ok_c = pipe == want, clf == want
            (gain if ok_p and not ok_c else loss if ok_c and not ok_p else other)[cause] += 1
            verdict = "+" if ok_p and not ok_c else "-" if ok_c and not ok_p else "="
            pairs[(verdict, clf, pipe, cause)] += 1
            examples.setdefault((verdict, cause), []).append(str(g[1]["id"]))
            if fam == "acled":
                et = event_type_of(want)
                ep = event_type_of(pipe) if pipe != NO_EVENT else None
                ec = event_type_of(clf) if clf != NO_EVENT else None
                type_gain += ep == et and ec != et
                type_loss += ec == et and ep != et
        n = sum(gain.values()) + sum(loss.values()) + sum(other.values())
        print(f"-- {fam}: pipeline main {key} differs from the classifier on {n} notes: "
              f"{sum(gain.values())} fixed, {sum(loss.values())} broken, "
              f"{sum(other.values())} wrong both ways"
              + (f" (event type: {type_gain} fixed, {type_loss} broken)" if fam == "acled"
                 else ""))
        causes = sorted(set(gain) | set(loss) | set(other),
                        key=lambda c: -(gain[c] + loss[c] + other[c]))
        for c in causes:
            print(f"   {gain[c]:4d} fixed {loss[c]:4d} broken {other[c]:4d} neither  {c}")
        print("   most frequent changes (+ fixed, - broken, = still wrong; "
              "classifier -> pipeline; cause):")
        for (v, a, b, c), m in pairs.most_common(show):
            print(f"   {m:4d} {v} {a} -> {b}; {c}")
        if ids:
            print(f"   document ids (first {ids} per verdict and cause):")
            for (v, c), found in sorted(examples.items()):
                print(f"   {v} {c}: {' '.join(found[:ids])}")
        tallies[fam] = Counter({(c, "fixed"): n for c, n in gain.items()}
                               | {(c, "broken"): n for c, n in loss.items()}
                               | {(c, "neither"): n for c, n in other.items()})
    return tallies


def _mean(figs: list[dict[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for fam in ("acled", "case"):
        out[fam] = {}
        for metric in figs[0]["pipeline"][fam]:
            vals = [f["pipeline"][fam][metric]["value"] for f in figs]
            if all(v is not None for v in vals):
                out[fam][metric] = {"n": figs[0]["pipeline"][fam][metric]["n"],
                                    "value": float(np.mean(vals))}
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("seeds", nargs="*", type=int, default=[T.SEED], help="fold seeds")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--eval-dir", type=Path, default=T.SHARED_EVAL)
    ap.add_argument("--show", type=int, default=15, help="label changes listed per data set")
    ap.add_argument("--ids", type=int, default=0,
                    help="list this many document ids per (fixed/broken, cause)")
    ap.add_argument("--no-rule-log", action="store_true",
                    help="do not wrap the events component (no attribution of differences)")
    ap.add_argument("--keep", type=Path, default=None, metavar="DIR",
                    help="keep each fold's held-out inputs and predictions in DIR")
    args = ap.parse_args(argv)
    started = time.perf_counter()
    rows = T.load_examples(args.eval_dir)
    T.prepare(rows)
    classes = [s for subs in event_types().values() for s in subs] + [C.NONE]
    gold = _gold(args.eval_dir, rows)
    if not args.no_rule_log:
        _instrument()
    print(f"{sum(r['source'] != 'extra' for r in rows)} notes (+ "
          f"{sum(r['source'] == 'extra' for r in rows)} extra sentences that always train); "
          f"prepared in {time.perf_counter() - started:.0f} s")
    results = []
    if args.keep is not None:
        args.keep.mkdir(parents=True, exist_ok=True)
    with (contextlib.nullcontext(str(args.keep)) if args.keep is not None
          else tempfile.TemporaryDirectory(prefix="sitrep-cvpipe-")) as tmp:
        for seed in args.seeds:
            results.append(run_seed(rows, gold, classes, args.folds, seed, Path(tmp),
                                    args.show, args.ids))
    if len(results) > 1:
        clf = {k: float(np.mean([r["classifier"][k] for r in results]))
               for k in results[0]["classifier"]}
        print(f"== mean over fold seeds {args.seeds}:")
        print("\n".join(_table(_mean(results), clf)))
        for fam in ("acled", "case"):
            total: Counter[tuple[str, str]] = Counter()
            for r in results:
                total.update(r["causes"].get(fam) or {})
            print(f"== {fam}: pipeline vs classifier differences by cause, summed over the "
                  "seeds (fixed / broken / wrong both ways):")
            for c in sorted({c for c, _ in total}, key=lambda c: -sum(
                    total[(c, v)] for v in ("fixed", "broken", "neither"))):
                print(f"   {total[(c, 'fixed')]:4d} {total[(c, 'broken')]:4d} "
                      f"{total[(c, 'neither')]:4d}  {c}")
    print(f"total {time.perf_counter() - started:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
