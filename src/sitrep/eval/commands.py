"""The ``sitrep eval`` command (registered by ``sitrep.cli._register``)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click


@click.command("eval")
@click.argument("files", nargs=-1, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--shared", "shared", type=click.Path(file_okay=False, path_type=Path),
              default=None, help="The shared folder (or its eval/ folder) holding the gold "
              "files; default: $SITREP_SHARED, or ../shared.")
@click.option("--limit", type=click.IntRange(min=1), default=None,
              help="Score only the first N records of each file.")
@click.option("--json", "json_out", type=click.Path(dir_okay=False, path_type=Path),
              default=None, help="Also write the figures as JSON here.")
@click.option("--pred-dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Keep the prediction files (sitrep extract / events output) here.")
def eval_command(files: tuple[Path, ...], shared: Path | None, limit: int | None,
                 json_out: Path | None, pred_dir: Path | None) -> None:
    """Score sitrep against the gold FILEs (default: every file of ../shared/eval)."""
    from sitrep.eval.runner import evaluate, find_shared, format_table, gold_files

    paths = list(files)
    if not paths:
        folder = find_shared(shared)
        if folder is None:
            raise click.ClickException(
                "no gold data found: pass FILEs, --shared DIR or set $SITREP_SHARED "
                "(looked for ../shared/eval)")
        paths = gold_files(folder)
    report = evaluate(paths, limit=limit, pred_dir=pred_dir,
                      progress=lambda msg: click.echo(msg, err=True))
    click.echo(format_table(report))
    if json_out is not None:
        json_out.write_text(json.dumps(report.to_json(), indent=2) + "\n", encoding="utf-8")
    if not report.rows:  # nothing could be scored
        sys.exit(1)


COMMANDS = [eval_command]
