"""``sitrep eval``: run the extractor over the gold files and score it.

Extraction runs in-process through the ``extract`` click command itself, so the predictions
are byte for byte what ``sitrep extract FILE.jsonl --out PRED.jsonl`` writes. GVA goes through
``sitrep ingest`` into a fresh temporary SQLite database and ``sitrep events --format jsonl``.
When a command or the pipeline behind it is not available yet, the run goes on: the data set
is reported as not available (GVA) or scored as if nothing was extracted, with a warning.
"""

from __future__ import annotations

import contextlib
import io
import os
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sitrep.eval.normalize import load_data
from sitrep.eval.scorers import (
    family_of,
    incidents_path_for,
    read_jsonl,
    score_records,
)

# The files sitrep eval knows how to score; gva_incidents is read beside gva_documents.
GOLD_GLOB = "*.jsonl"


@dataclass
class Row:
    dataset: str
    metric: str
    n: int
    value: float | None
    bar: float | None = None
    # True when nothing was extracted because extraction failed: the figure is shown but
    # does not count as meeting its bar (no event is "right" for some CASE snippets).
    no_extraction: bool = False
    # True when the shipped model learnt from this very file: the figure is not held-out.
    trained_on: bool = False

    @property
    def passed(self) -> bool | None:
        if self.bar is None or self.value is None or self.no_extraction or self.trained_on:
            return None
        return self.value >= self.bar

    def to_json(self) -> dict[str, Any]:
        return {"dataset": self.dataset, "metric": self.metric, "n": self.n,
                "value": self.value, "bar": self.bar, "pass": self.passed,
                "no_extraction": self.no_extraction, "trained_on": self.trained_on}


@dataclass
class Report:
    rows: list[Row] = field(default_factory=list)
    unavailable: dict[str, str] = field(default_factory=dict)  # dataset -> why
    warnings: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)  # dataset -> seconds
    limit: int | None = None

    def to_json(self) -> dict[str, Any]:
        return {"figures": [r.to_json() for r in self.rows],
                "not_available": self.unavailable, "warnings": self.warnings,
                "notes": self.notes,
                "seconds": {k: round(v, 2) for k, v in self.timings.items()},
                "limit": self.limit}


# ------------------------------------------------------------------------------ locating
def find_shared(explicit: Path | None = None) -> Path | None:
    """The eval folder: --shared, $SITREP_SHARED, ../shared from the current directory, or
    ../shared beside the repository root. A given folder may be ``shared`` or ``shared/eval``."""
    repo_root = Path(__file__).resolve().parents[3]
    candidates: list[Path] = []
    if explicit is not None:
        candidates = [Path(explicit)]
    else:
        if os.environ.get("SITREP_SHARED"):
            candidates.append(Path(os.environ["SITREP_SHARED"]))
        candidates += [Path.cwd().parent / "shared", Path.cwd() / "shared",
                       repo_root.parent / "shared"]
    for cand in candidates:
        for folder in (cand / "eval", cand):
            if folder.is_dir() and any(folder.glob(GOLD_GLOB)):
                return folder
    return None


def gold_files(folder: Path) -> list[Path]:
    """Scorable gold files of a folder, in a stable order (gva_incidents goes with documents)."""
    out = []
    for path in sorted(folder.glob(GOLD_GLOB)):
        if "incidents" in path.name:
            continue
        if family_of(path.name) is not None:
            out.append(path)
    return out


def dataset_name(path: Path) -> str:
    """``acled_kenya.dev.jsonl`` -> ``acled_kenya``."""
    name = path.name
    for suffix in (".jsonl", ".dev", ".test", ".heldout"):
        name = name.removesuffix(suffix)
    return name


@contextlib.contextmanager
def _quiet_stdout(sink: io.TextIOBase | None = None):
    """Commands print to standard output; keep that out of the table."""
    with contextlib.redirect_stdout(sink if sink is not None else io.StringIO()):
        yield


def _head(path: Path, limit: int | None, workdir: Path) -> Path:
    """The first ``limit`` lines of a JSONL file (the file itself when no limit)."""
    if limit is None:
        return path
    out = workdir / path.name
    with open(path, encoding="utf-8") as src, open(out, "w", encoding="utf-8") as dst:
        kept = 0
        for line in src:
            if kept >= limit:
                break
            if line.strip():
                dst.write(line)
                kept += 1
    return out


def _run_click(command: Any, args: list[str], stdout: io.TextIOBase | None = None) -> str:
    """Invoke a click command in-process and return what it wrote to standard error (one line
    per skipped input: kept out of the table, summarised by the caller); a non-zero exit
    raises RuntimeError."""
    err = io.StringIO()
    with _quiet_stdout(stdout), contextlib.redirect_stderr(err):
        try:
            command.main(args, prog_name=f"sitrep {command.name}", standalone_mode=False)
        except SystemExit as exc:
            if exc.code not in (0, None):
                raise RuntimeError(f"sitrep {command.name} exited with {exc.code}: "
                                   f"{_last_line(err.getvalue())}") from exc
    return err.getvalue()


def _last_line(text: str) -> str:
    lines = [ln for ln in text.splitlines() if ln.strip()]
    return lines[-1].strip() if lines else ""


# ------------------------------------------------------------------------------- running
def run_extract(input_path: Path, out_path: Path) -> str | None:
    """Write ``sitrep extract input --out out`` to ``out_path``; a reason string on failure."""
    try:
        from sitrep.cli import extract
    except Exception as exc:  # noqa: BLE001
        return f"extract command unavailable ({exc})"
    try:
        _run_click(extract, [str(input_path), "--out", str(out_path)])
    except RuntimeError as exc:
        return str(exc)
    except Exception as exc:  # noqa: BLE001
        # An unwritten pipeline part (ImportError) or a crash in one: whatever was written
        # before it is still scored, and the table says so.
        return f"extraction failed ({type(exc).__name__}: {exc})"
    return None


def run_gva(documents: Path, events_out: Path, workdir: Path) -> tuple[str | None, str]:
    """Ingest ``documents`` into a fresh database and write its events as JSON lines.

    Returns (reason, summary): a reason string when the store commands are missing or fail,
    and the first line ``sitrep ingest`` printed (its counts)."""
    from sitrep.cli import main

    ingest, events = main.commands.get("ingest"), main.commands.get("events")
    if ingest is None or events is None:
        return "sitrep ingest / sitrep events not available", ""
    db = workdir / "gva-eval.db"
    if db.exists():
        db.unlink()
    said = io.StringIO()
    try:
        _run_click(ingest, [str(documents), "--db", str(db)], stdout=said)
        with open(events_out, "w", encoding="utf-8") as sink:
            _run_click(events, ["--db", str(db), "--format", "jsonl"], stdout=sink)
    except Exception as exc:  # noqa: BLE001 - report, do not crash the whole evaluation
        return f"ingest/events failed ({type(exc).__name__}: {exc})", ""
    lines = said.getvalue().strip().splitlines()
    return None, lines[0].strip() if lines else ""


def _count_missing(gold: list[dict[str, Any]], pred: Path) -> int:
    have = {str(r.get("id")) for r in read_jsonl(pred)} if pred.exists() else set()
    return sum(1 for r in gold if str(r.get("id")) not in have)


def bars() -> dict[str, dict[str, float]]:
    return load_data("bars.yaml") or {}


def _cv_figures(dataset: str, model: dict[str, Any]) -> str:
    """The shipped model's cross-validated figures for a data set it was trained on."""
    record = model.get("cross_validation") or {}
    cv = record.get("model", {})
    prefix = "acled_" if dataset.startswith("acled") else "case_" if dataset.startswith("case") else ""
    keep = {k: v for k, v in cv.items()
            if k.startswith(prefix) or (prefix == "case_" and k == "no_event_outside_acled")}
    figures = ", ".join(f"{k} {v:.3f}" for k, v in keep.items()) or "not recorded"
    seeds = record.get("fold_seeds") or []
    if len(seeds) > 1 and keep:
        # Averaged because one split's figure moves with the fold seed alone.
        figures += f" (mean over fold seeds {', '.join(map(str, seeds))})"
    return figures


def _model_file(name: str) -> dict[str, Any]:
    """A shipped model's file (``data/models/<name>``) as a dict ({} when there is none)."""
    import json
    from importlib import resources

    path = resources.files("sitrep.data").joinpath("models", name)
    return json.loads(path.read_text("utf-8")) if path.is_file() else {}


def _post_date_model() -> dict[str, Any]:
    """The shipped post-number dating model."""
    return _model_file("post_dates.json")


def _post_date_trained_on(path: Path, model: dict[str, Any]) -> bool:
    """True when the post-number model learnt from this very file (the SHA-256 it recorded):
    another file of the same data set (a held-out or test split) is not marked."""
    import hashlib

    sha = (model.get("trained_on") or {}).get("sha256")
    return bool(sha) and path.exists() and hashlib.sha256(path.read_bytes()).hexdigest() == sha


def _event_model() -> dict[str, Any]:
    """The shipped event-type model."""
    return _model_file("event_classifier.json")


def _event_model_trained_on(path: Path, dataset: str, model: dict[str, Any]) -> bool:
    """True when the event-type model learnt from this very file: the model records the
    SHA-256 of each file it read, so a held-out or test split of the same data set (same
    name, other rows) is scored as held-out. A model that records no files is taken at
    trained_on.yaml's word, by data set name."""
    import hashlib

    files = model.get("trained_on")
    if not isinstance(files, dict):
        return True
    sha = (files.get(dataset) or {}).get("sha256")
    return bool(sha) and path.exists() and hashlib.sha256(path.read_bytes()).hexdigest() == sha


def _post_date_note(model: dict[str, Any]) -> str:
    held = model.get("held_out") or {}
    value, base = held.get("value"), held.get("no_model")
    seeds = held.get("fold_seeds") or []
    figure = (f"{held.get('metric', 'date_1day')} {value:.3f} ({held.get('folds', '?')}-fold, "
              f"grouped by {held.get('grouping', 'page')}"
              + (f", mean over fold seeds {', '.join(map(str, seeds))}" if len(seeds) > 1 else "")
              + f"; without the model {base:.3f})"
              if isinstance(value, float) and isinstance(base, float) else "not recorded")
    return ("the dates of pages known only by a running post number come from the post-number "
            "model trained on this file (sitrep.nlp.train_post_dates); its held-out figure, the "
            f"pages run through sitrep extract with a model that did not see them: {figure}")


def evaluate(
    files: list[Path],
    limit: int | None = None,
    pred_dir: Path | None = None,
    progress: Callable[[str], None] | None = None,
) -> Report:
    report = Report(limit=limit)
    all_bars = bars()
    trained = load_data("trained_on.yaml") or {}
    post_dates = _post_date_model()
    event_model = _event_model()
    date_metric = (post_dates.get("held_out") or {}).get("metric")
    with tempfile.TemporaryDirectory(prefix="sitrep-eval-") as tmp:
        workdir = Path(tmp)
        out_dir = pred_dir or workdir / "pred"
        out_dir.mkdir(parents=True, exist_ok=True)
        for path in files:
            name, fam = dataset_name(path), family_of(path.name)
            if fam is None:
                report.warnings.append(f"{path.name}: no scorer for this file, skipped")
                continue
            if fam == "gva" and "incidents" in path.name:
                report.warnings.append(f"{path.name}: read beside its gva_documents file; "
                                       "pass that one instead")
                continue
            if progress:
                progress(f"sitrep eval: {name} ...")
            started = time.perf_counter()
            source = _head(path, limit, workdir)
            gold = list(read_jsonl(source))
            incidents: list[dict[str, Any]] | None = None
            no_extraction = False
            if fam == "gva":
                pred = out_dir / f"{name}.events.jsonl"
                pred.unlink(missing_ok=True)  # never score a stale file from an earlier run
                inc_path = incidents_path_for(path)
                if not inc_path.exists():
                    report.unavailable[name] = f"{inc_path.name} not found"
                    continue
                incidents = list(read_jsonl(inc_path))
                why, summary = run_gva(source, pred, workdir)
                if summary:
                    report.notes.append(f"{name}: {summary}")
                if why:
                    report.unavailable[name] = why
                    report.timings[name] = time.perf_counter() - started
                    continue
            else:
                pred = out_dir / f"{name}.pred.jsonl"
                pred.unlink(missing_ok=True)  # never score a stale file from an earlier run
                why = run_extract(source, pred)
                skipped = _count_missing(gold, pred)
                done = len(gold) - skipped
                no_extraction = bool(why) and done == 0
                if why:
                    report.warnings.append(
                        f"{name}: {why}; scored as if nothing was extracted" if not done else
                        f"{name}: {why}; {skipped} of {len(gold)} documents without predictions "
                        "scored as documents with no event")
                elif skipped:
                    report.warnings.append(
                        f"{name}: {skipped} of {len(gold)} documents skipped by extract "
                        "(empty or unreadable): scored as documents with no event")
            figures = score_records(name, gold, pred, incidents)
            report.timings[name] = time.perf_counter() - started
            if progress:
                progress(f"sitrep eval: {name} done in {report.timings[name]:.1f} s")
            fam_bars = all_bars.get(fam) or {}
            learnt = set(trained.get(name) or ())
            # The event-type model's metrics count as learnt only on the files it read.
            if learnt - {date_metric} and not _event_model_trained_on(path, name, event_model):
                learnt &= {date_metric}
            # The post-number model's metric counts as learnt only on its own training file.
            dated = date_metric in learnt and _post_date_trained_on(path, post_dates)
            if not dated:
                learnt.discard(date_metric)
            for metric, fig in figures.items():
                report.rows.append(Row(name, metric, fig["n"], fig["value"],
                                       fam_bars.get(metric), no_extraction,
                                       trained_on=metric in learnt))
            if learnt - {date_metric}:
                report.notes.append(f"{name}: the event-type model was trained on this file; "
                                    f"its held-out (grouped CV) figures: {_cv_figures(name, event_model)}")
            if dated:
                report.notes.append(f"{name}: {_post_date_note(post_dates)}")
    return report


# ------------------------------------------------------------------------------ printing
def format_table(report: Report) -> str:
    head = f"{'dataset':<18} {'metric':<26} {'n':>6} {'value':>7} {'bar':>6}  result"
    lines = [head, "-" * len(head)]
    for r in report.rows:
        value = f"{r.value:.3f}" if r.value is not None else "-"
        bar = f"{r.bar:.2f}" if r.bar is not None else ""
        verdict = {True: "pass", False: "FAIL", None: ""}[r.passed]
        if r.no_extraction and r.bar is not None:
            verdict = "(nothing extracted)"
        elif r.trained_on and r.bar is not None:
            verdict = "(trained on: see note)"
        lines.append(f"{r.dataset:<18} {r.metric:<26} {r.n:>6} {value:>7} {bar:>6}  {verdict}")
    for name, why in report.unavailable.items():
        lines.append(f"{name:<18} {'(all)':<26} {'':>6} {'n/a':>7} {'':>6}  not available: {why}")
    lines.append("")
    with_bar = [r for r in report.rows if r.bar is not None and not r.trained_on]
    met = sum(1 for r in with_bar if r.passed)
    total = sum(report.timings.values())
    summary = (f"bars met: {met}/{len(with_bar)}; data sets scored: "
               f"{len({r.dataset for r in report.rows})}; not available: "
               f"{len(report.unavailable)}; {total:.1f} s")
    if report.limit is not None:
        summary += f"; first {report.limit} records of each file only"
    lines.append(summary)
    lines.extend(f"note: {n}" for n in report.notes)
    lines.extend(f"warning: {w}" for w in report.warnings)
    return "\n".join(lines)
