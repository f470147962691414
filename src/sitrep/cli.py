"""Command line: ``sitrep extract | ingest | events | show | eval | serve``.

Commands import their heavy dependencies inside the function body so that start-up and
``--help`` stay fast.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from sitrep import __version__
from sitrep.cli_options import collection_note, country_option


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="sitrep")
def main() -> None:
    """sitrep: turn conflict news into a sourced, geocoded event dataset."""


def report_failure(failure: object) -> None:
    click.echo(f"sitrep: skipped {failure}", err=True)


@main.command()
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--out", "out", type=click.Path(path_type=Path), default=None,
              help="Write JSON lines here instead of standard output.")
@click.option("--all-statuses", is_flag=True,
              help="Also emit background, aggregate and allegation mentions (flagged by status).")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=None,
              help="Worker processes for extraction (default: one per core).")
@country_option
def extract(inputs: tuple[Path, ...], out: Path | None, all_statuses: bool,
            jobs: int | None, country: str | None) -> None:
    """Extract events from INPUT files (.txt, .html, .jsonl or directories); no database."""
    from sitrep.doc import Doc, Failure
    from sitrep.ingest import iter_documents
    from sitrep.parallel import CollectionReport, default_workers, process_collection
    from sitrep.pipeline import default_pipeline, events_only

    # (records of other statuses are made only when they are written)
    pipeline = default_pipeline() if all_statuses else events_only(default_pipeline())
    sink = out.open("w", encoding="utf-8") if out else sys.stdout
    processed = failed = 0

    def output_line(doc: Doc) -> str:
        # Runs where the document was processed (a worker, with --jobs > 1): only the line
        # travels back.
        events = [e for e in doc.events if all_statuses or e.status == "event"]
        line = {"id": doc.id, "document": doc.metadata_json(),
                "events": [e.to_json() for e in events]}
        return json.dumps(line, ensure_ascii=False) + "\n"

    def with_prior(line: str, prior: str) -> str:
        # The line of a document read with the collection's prior that changed none of its
        # places (so nothing else): its first line, with the prior in its metadata as
        # Doc.metadata_json puts it, last. (json.loads then json.dumps gives back the same
        # text for what json.dumps wrote: floats by repr, keys in order.)
        row = json.loads(line)
        row["document"]["country_prior"] = prior
        return json.dumps(row, ensure_ascii=False) + "\n"

    found = CollectionReport()
    try:
        stream = process_collection(iter_documents(list(inputs)), pipeline,
                                    jobs or default_workers(), finish=output_line,
                                    country=country, report=found, with_prior=with_prior)
        for item in stream:
            if isinstance(item, Failure):
                failed += 1
                report_failure(item)
                continue
            sink.write(item)
            processed += 1
    finally:
        if out:
            sink.close()
    click.echo(f"sitrep extract: {processed} processed, {failed} failed"
               + collection_note(found), err=True)
    if processed == 0:
        sys.exit(1)


def _register() -> None:
    # Each command lives beside the code it drives; a missing module must not break the rest.
    import importlib

    for module in ("sitrep.store.commands", "sitrep.eval.commands", "sitrep.api.commands"):
        try:
            mod = importlib.import_module(module)
        except ModuleNotFoundError as exc:
            if exc.name != module:
                raise
            continue
        for command in getattr(mod, "COMMANDS", []):
            main.add_command(command)


_register()
