"""``sitrep serve``: the JSON API and the web app in one process (registered by cli.py)."""

from __future__ import annotations

import os
import sys

import click


@click.command("serve")
@click.option("--db", "db", default=None, metavar="PATH|URL",
              help="Database: a SQLite file (default ./sitrep.db or $SITREP_DB) or a "
                   "postgresql:// URL.")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8080, show_default=True, type=click.IntRange(0, 65535))
@click.option("--allow-write", is_flag=True,
              help="Accept ingestion and corrections over HTTP (needs --token).")
@click.option("--token", default=None, envvar="SITREP_TOKEN", metavar="TOKEN",
              help="Bearer token every write must carry (or $SITREP_TOKEN).")
@click.option("--tiles", default=None, envvar="SITREP_TILES", metavar="URL",
              help="Tile server URL template for the map, e.g. https://host/{z}/{x}/{y}.png "
                   "(default: none; offline country outlines only).")
@click.option("--api-only", is_flag=True, help="Serve the JSON API without the web app.")
def serve_command(db: str | None, host: str, port: int, allow_write: bool, token: str | None,
                  tiles: str | None, api_only: bool) -> None:
    """Serve the JSON API (/api, docs at /docs) and the web app (/) over a database."""
    import uvicorn

    from sitrep.api.app import SETUP_HINT, create_app, missing_assets
    from sitrep.api.queries import DatabaseError

    if allow_write and not token:
        raise click.UsageError("--allow-write needs --token TOKEN (or $SITREP_TOKEN)")
    if token and not allow_write:
        click.echo("sitrep serve: --token given without --allow-write; the server is read-only",
                   err=True)
    if not api_only:
        missing = missing_assets()
        if missing:
            raise click.ClickException(
                f"the web app's files are missing ({', '.join(missing)}): {SETUP_HINT}; "
                "or pass --api-only")
    db = db or os.environ.get("SITREP_DB") or "sitrep.db"
    try:
        app = create_app(db, allow_write=allow_write, token=token, tiles=tiles)
    except DatabaseError as exc:
        raise click.ClickException(str(exc)) from exc
    mode = "read-write (token required)" if allow_write else "read-only"
    click.echo(f"sitrep serve: {db} ({mode}) on http://{host}:{port}/  (API docs: /docs)",
               err=True)
    sys.stdout.flush()
    uvicorn.run(app, host=host, port=port, log_level="warning")


COMMANDS = [serve_command]
