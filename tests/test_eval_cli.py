"""`sitrep eval`: the command, the table, the JSON, and a quick run on ../shared/eval."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from sitrep.cli import main
from sitrep.eval import runner

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
EVAL = SHARED / "eval"


def test_eval_command_is_registered() -> None:
    assert "eval" in main.commands


def _fake_case(tmp_path: Path) -> Path:
    gold = tmp_path / "case2021_task2.dev.jsonl"
    rows = [
        {"id": "c1", "text": "Jets bombed a bridge.", "gold": {"subtype": "AIR_STRIKE"}},
        {"id": "c2", "text": "Storms flattened huts.", "gold": {"subtype": "NATURAL_DISASTER"}},
        {"id": "c3", "text": "Rebels took the town.", "gold": {
            "subtype": "NON_STATE_ACTOR_OVERTAKES_TER"}},
    ]
    gold.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return gold


def test_table_json_and_pred_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The plumbing, with extraction replaced by a stub that writes known predictions."""

    def stub_extract(source: Path, out: Path) -> None:
        ids = [json.loads(line)["id"] for line in source.read_text().splitlines()]
        events = {"c1": [{"sub_event_type": "Air/drone strike"}], "c2": [], "c3": []}
        out.write_text("".join(json.dumps({"id": i, "document": {}, "events": events[i]}) + "\n"
                               for i in ids))
        return None

    monkeypatch.setattr(runner, "run_extract", stub_extract)
    gold = _fake_case(tmp_path)
    out_json, pred_dir = tmp_path / "fig.json", tmp_path / "preds"
    result = CliRunner().invoke(main, ["eval", str(gold), "--json", str(out_json),
                                       "--pred-dir", str(pred_dir), "--limit", "2"])
    assert result.exit_code == 0, result.output
    assert "subtype_acled_classes" in result.output
    assert "bars met:" in result.output
    figures = {(f["dataset"], f["metric"]): f for f in json.loads(out_json.read_text())["figures"]}
    row = figures[("case2021_task2", "subtype_acled_classes")]
    # The shipped model learnt from the CASE dev file, not from this one (other bytes): the
    # figure is scored against its bar like a held-out split's.
    assert (row["n"], row["value"], row["bar"], row["pass"]) == (1, 1.0, 0.75, True)
    assert row["trained_on"] is False
    row = figures[("case2021_task2", "no_event_outside_acled")]
    assert (row["n"], row["value"]) == (1, 1.0)
    assert (pred_dir / "case2021_task2.pred.jsonl").exists()


def test_missing_gold_folder_is_a_clear_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["eval", "--shared", str(tmp_path)])
    assert result.exit_code != 0
    assert "no gold data found" in result.output


def test_bars_file_covers_the_product_issue() -> None:
    bars = runner.bars()
    assert bars["acled"]["event_type"] == 0.90
    assert bars["gva"]["bcubed_f1"] == 0.92
    assert set(bars) == {"acled", "case", "airwars", "fakes", "gva"}


@pytest.mark.skipif(not EVAL.is_dir(), reason=f"gold data not found at {EVAL} (../shared/eval)")
def test_eval_limit_5_on_shared(tmp_path: Path) -> None:
    out_json = tmp_path / "fig.json"
    result = CliRunner().invoke(main, ["eval", "--limit", "5", "--shared", str(SHARED),
                                       "--json", str(out_json)])
    assert result.exit_code == 0, result.output
    report = json.loads(out_json.read_text())
    datasets = {f["dataset"] for f in report["figures"]} | set(report["not_available"])
    assert {"acled_kenya", "ucdp_ged", "case2021_task2", "airwars_syria", "fakes_syria",
            "gva_documents"} <= datasets
    for fig in report["figures"]:
        assert fig["n"] <= 10  # 5 records per file (Airwars: a few incidents more)
        assert fig["value"] is None or 0.0 <= fig["value"] <= 1.0


def test_failed_extraction_meets_no_bar(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """With nothing extracted, "no event" is right for out-of-ACLED snippets, but the table
    must not report that as a bar met."""
    monkeypatch.setattr(runner, "run_extract", lambda source, out: "extraction failed (stub)")
    report = runner.evaluate([_fake_case(tmp_path)])
    rows = {r.metric: r for r in report.rows}
    assert rows["no_event_outside_acled"].value == 1.0
    assert rows["no_event_outside_acled"].passed is None
    assert any("extraction failed (stub)" in w for w in report.warnings)
    assert "(nothing extracted)" in runner.format_table(report)


def test_figures_on_training_files_are_not_counted_as_bars_met():
    from sitrep.eval.runner import Report, Row, format_table

    report = Report(limit=None)
    report.rows = [
        Row("acled_kenya", "event_type", 10, 0.99, 0.90, trained_on=True),
        Row("acled_kenya", "admin1", 10, 0.95, 0.90),
    ]
    table = format_table(report)
    assert "(trained on: see note)" in table
    assert "bars met: 1/1" in table
    assert report.rows[0].passed is None
