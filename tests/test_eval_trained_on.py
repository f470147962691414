"""Which dev files `sitrep eval` marks as learnt by the event-type model: only the very files
the model read (their SHA-256), not every file of the same data set name."""

from __future__ import annotations

import hashlib
from pathlib import Path

from sitrep.eval import runner


def _model_of(path: Path, dataset: str) -> dict:
    return {"trained_on": {dataset: {"file": path.name,
                                     "sha256": hashlib.sha256(path.read_bytes()).hexdigest()}}}


def test_only_the_file_the_model_read_is_marked(tmp_path: Path) -> None:
    dev, test = tmp_path / "acled_kenya.dev.jsonl", tmp_path / "acled_kenya.test.jsonl"
    dev.write_text('{"id": "1"}\n', encoding="utf-8")
    test.write_text('{"id": "2"}\n', encoding="utf-8")
    model = _model_of(dev, "acled_kenya")
    assert runner._event_model_trained_on(dev, "acled_kenya", model)
    assert not runner._event_model_trained_on(test, "acled_kenya", model)
    assert not runner._event_model_trained_on(dev, "case2021_task2", model)


def test_a_model_without_its_files_is_taken_by_name(tmp_path: Path) -> None:
    dev = tmp_path / "acled_kenya.dev.jsonl"
    dev.write_text("{}\n", encoding="utf-8")
    assert runner._event_model_trained_on(dev, "acled_kenya", {})


SHARED_EVAL = Path(__file__).resolve().parents[1].parent / "shared" / "eval"


def test_the_shipped_model_records_the_files_it_read() -> None:
    import pytest

    files = runner._event_model().get("trained_on") or {}
    assert set(files) == {"acled_kenya", "case2021_task2"}
    if not SHARED_EVAL.is_dir():
        pytest.skip(f"{SHARED_EVAL} not found: the recorded hashes are not checked")
    for dataset, rec in files.items():
        path = SHARED_EVAL / rec["file"]
        assert runner._event_model_trained_on(path, dataset, runner._event_model()), (
            f"{path.name} changed since the model was trained: run `make train`")
