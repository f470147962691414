"""``sitrep ingest | events | show | edit | merge | split | refuse`` (registered by cli.py).

Heavy imports (SQLAlchemy, the pipeline) happen inside the commands so that ``sitrep
--help`` stays fast.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

import click

from sitrep.cli_options import collection_note, country_option

DB_HELP = ("Database: a SQLite file (default ./sitrep.db or $SITREP_DB) or a "
           "postgresql:// URL.")


def _db_option(f: Any) -> Any:
    return click.option("--db", "db", default=None, metavar="PATH|URL", help=DB_HELP)(f)


def _store(db: str | None) -> Any:
    from sitrep.store.db import Store

    return Store(db)


@click.command()
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=Path))
@_db_option
@click.option("--all-reports", is_flag=True, default=False,
              help="Fuse every event a document reports, not only its main one (a page "
                   "with several stories then counts under several events).")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=None,
              help="Extraction processes (default: one per CPU core).")
@country_option
def ingest(inputs: tuple[Path, ...], db: str | None, all_reports: bool,
           jobs: int | None, country: str | None) -> None:
    """Read INPUT files, extract events, store them and fuse them across reports.

    Each document's main event (the first the extractor found) is fused; its other
    reports are stored in the database but fused only with --all-reports.
    """
    from sitrep.ingest import iter_documents
    from sitrep.pipeline import default_pipeline

    pipeline = default_pipeline()
    with _store(db) as store:
        store.fuse_secondary = all_reports
        summary = store.ingest(iter_documents(list(inputs)), pipeline,
                               workers=jobs or os.cpu_count() or 1, country=country)
    click.echo(f"sitrep ingest: processed {summary.processed}, already known {summary.known}, "
               f"failed {summary.failed} ({summary.reports} reports, {summary.copies} copies, "
               f"{summary.new_events} new events){collection_note(summary.collection)}")
    for failure in summary.failures:
        click.echo(f"  {failure}")
    if summary.processed == 0 and summary.known == 0:
        sys.exit(1)


@click.command()
@_db_option
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl", "csv", "geojson"]),
              default="table", show_default=True)
@click.option("--since", default=None, metavar="DATE", help="Events on or after this date.")
@click.option("--until", default=None, metavar="DATE", help="Events on or before this date.")
@click.option("--country", default=None, help="Only this country.")
@click.option("--type", "etype", default=None, help="Only this event type or sub-event type.")
def events(db: str | None, fmt: str, since: str | None, until: str | None,
           country: str | None, etype: str | None) -> None:
    """Print the fused events."""
    import datetime as dt

    from sitrep.export import FORMATS

    for name, value in (("--since", since), ("--until", until)):
        if value:
            try:
                dt.date.fromisoformat(value)
            except ValueError as exc:
                raise click.BadParameter(f"{value!r} is not a YYYY-MM-DD date",
                                         param_hint=name) from exc
    with _store(db) as store:
        FORMATS[fmt](store.events(since=since, until=until, country=country, event_type=etype),
                     sys.stdout)


@click.command()
@click.argument("event_id")
@_db_option
def show(event_id: str, db: str | None) -> None:
    """Show one event with every report behind it, contradictions and corrections."""
    from sitrep.store.show import render

    with _store(db) as store:
        data = store.event(event_id)
    if data is None:
        raise click.ClickException(f"no event {event_id}")
    click.echo(render(data))


@click.command()
@click.argument("event_id")
@click.argument("field")
@click.argument("value")
@click.option("--note", default=None, help="Why the value was changed.")
@_db_option
def edit(event_id: str, field: str, value: str, note: str | None, db: str | None) -> None:
    """Correct FIELD of an event by hand (kept across re-ingesting and re-fusing)."""
    with _store(db) as store:
        try:
            old = store.edit(event_id, field, value, note=note)
        except (KeyError, ValueError) as exc:
            raise click.ClickException(str(exc).strip("'\"")) from exc
    click.echo(f"{event_id}: {field} {old!r} -> {value!r}")


@click.command()
@click.argument("id1")
@click.argument("id2")
@click.option("--note", default=None)
@_db_option
def merge(id1: str, id2: str, note: str | None, db: str | None) -> None:
    """Merge event ID2 into ID1 (they are the same real event)."""
    with _store(db) as store:
        try:
            store.merge(id1, id2, note=note)
        except (KeyError, ValueError) as exc:
            raise click.ClickException(str(exc).strip("'\"")) from exc
    click.echo(f"merged {id2} into {id1}")


@click.command()
@click.argument("event_id")
@click.option("--doc", "doc_id", required=True, help="The document whose reports move out.")
@click.option("--note", default=None)
@_db_option
def split(event_id: str, doc_id: str, note: str | None, db: str | None) -> None:
    """Move one document's reports out of EVENT_ID into a new event."""
    with _store(db) as store:
        try:
            new_id = store.split(event_id, doc_id, note=note)
        except (KeyError, ValueError) as exc:
            raise click.ClickException(str(exc).strip("'\"")) from exc
    click.echo(f"split {doc_id} out of {event_id} into {new_id}")


@click.command()
@_db_option
@click.option("--all-reports", is_flag=True, default=False,
              help="Fuse every event a document reports, not only its main one.")
def refuse(db: str | None, all_reports: bool) -> None:
    """Re-fuse every stored report from scratch, then re-apply the corrections."""
    with _store(db) as store:
        store.fuse_secondary = all_reports
        n = store.refuse()
    click.echo(f"sitrep refuse: {n} events")


COMMANDS = [ingest, events, show, edit, merge, split, refuse]
