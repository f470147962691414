"""Scoring sitrep against the gold data of ../shared/eval (see its README.md).

    score_file(dataset, gold_path, pred_path, incidents_path=None, limit=None) -> figures
    evaluate(files, limit=None, pred_dir=None) -> Report        # what `sitrep eval` runs

Modules: ``normalize`` (place/actor/country comparison), ``bcubed`` (clustering score),
``scorers`` (one scorer per gold set), ``runner`` (extraction, GVA ingest, table),
``commands`` (the click command).
"""

from sitrep.eval.scorers import score_file

__all__ = ["score_file"]
