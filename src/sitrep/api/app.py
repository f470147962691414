"""The FastAPI application behind ``sitrep serve``: JSON API under /api, web app at /.

Read-only unless built with ``allow_write=True`` and a token; every write checks
``Authorization: Bearer <token>``. Bad parameters answer 4xx JSON ``{"error": ...}``,
never a 500.
"""

from __future__ import annotations

import datetime as dt
import json
import secrets
from collections.abc import Callable
from importlib import resources
from pathlib import Path
from typing import Annotated, Any

from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse, StreamingResponse
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel, Field
from sqlalchemy import Engine
from starlette.exceptions import HTTPException as StarletteHTTPException

from sitrep import __version__
from sitrep.api import formats, queries
from sitrep.api.queries import EventFilter

MAX_LIMIT = 1000
VENDOR_FILES = (
    "vendor/manifest.json", "vendor/leaflet/leaflet.js", "vendor/leaflet/leaflet.css",
    "vendor/d3/d3.min.js", "vendor/topojson-client/topojson-client.min.js",
    "vendor/world-atlas/countries-110m.json",
)
SETUP_HINT = "run `make setup` (or scripts/setup_web.sh) to install the web app's libraries"


def static_dir() -> Path:
    return Path(str(resources.files("sitrep.web").joinpath("static")))


def missing_assets(root: Path | None = None) -> list[str]:
    """Front-end files that scripts/setup_web.sh should have put in place."""
    root = root or static_dir()
    return [f for f in ("index.html", *VENDOR_FILES) if not (root / f).is_file()]


# --------------------------------------------------------------------------- parameters
def _date(name: str, value: str | None) -> dt.date | None:
    if value is None or value == "":
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise HTTPException(400, f"invalid date for '{name}': {value!r} (expected YYYY-MM-DD)") from None


def _text(value: str | None) -> str | None:
    value = (value or "").strip()
    return value or None


def event_filter(
    since: Annotated[str | None, Query(description="Events on or after this date (YYYY-MM-DD).")] = None,
    until: Annotated[str | None, Query(description="Events on or before this date (YYYY-MM-DD).")] = None,
    country: Annotated[str | None, Query(description="Country name (case-insensitive).")] = None,
    admin1: Annotated[str | None, Query(description="First-level region (case-insensitive).")] = None,
    type: Annotated[str | None, Query(description="ACLED event type or sub-event type.")] = None,
    actor: Annotated[str | None, Query(description="Text within any actor field.")] = None,
    grade: Annotated[str | None, Query(description="Event grade: confirmed, fair, weak, contested.")] = None,
    q: Annotated[str | None, Query(description="Words searched in notes, location and actors.")] = None,
) -> EventFilter:
    s, u = _date("since", since), _date("until", until)
    if s and u and s > u:
        raise HTTPException(400, f"'since' ({s}) is after 'until' ({u})")
    for name, value in (("country", country), ("admin1", admin1), ("type", type),
                        ("actor", actor), ("grade", grade), ("q", q)):
        if value is not None and len(value) > 500:
            raise HTTPException(400, f"parameter '{name}' is too long (500 characters at most)")
    return EventFilter(s, u, _text(country), _text(admin1), _text(type), _text(actor),
                       _text(grade), _text(q))


Filters = Annotated[EventFilter, Depends(event_filter)]
Order = Annotated[str, Query(pattern="^(asc|desc)$", description="Date order: asc or desc.")]
ExportLimit = Annotated[int | None, Query(ge=0, description="At most this many events.")]


class DocumentIn(BaseModel):
    text: str = Field(min_length=1, max_length=2_000_000, description="The article text.")
    id: str | None = Field(None, max_length=200)
    title: str | None = Field(None, max_length=2000)
    outlet: str | None = Field(None, max_length=500)
    url: str | None = Field(None, max_length=4000)
    published: dt.date | None = None


class CorrectionIn(BaseModel):
    field: str = Field(min_length=1, max_length=60)
    value: Any = None
    note: str | None = Field(None, max_length=4000)
    author: str | None = Field(None, max_length=120)


# --------------------------------------------------------------------------- app
def create_app(db: str | Engine, *, allow_write: bool = False, token: str | None = None,
               tiles: str | None = None, assets: Path | None = None,
               process: Callable[[Any], Any] | None = None) -> FastAPI:
    """Build the application over a database path/URL (or an existing engine).

    ``process`` turns a posted Doc into a Doc with events (default: the extraction
    pipeline, loaded on the first write); ``assets`` overrides the static folder.
    """
    if allow_write and not token:
        raise ValueError("allow_write needs a token")
    engine = db if isinstance(db, Engine) else queries.engine_for(db)
    root = assets or static_dir()
    app = FastAPI(
        title="sitrep",
        version=__version__,
        description="Conflict events extracted from news reports, with their sources and evidence.",
    )
    app.state.engine = engine

    def fail(status: int, message: str, **extra: Any) -> JSONResponse:
        return JSONResponse({"error": message, "status": status, **extra}, status_code=status)

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        msg = exc.detail if isinstance(exc.detail, str) else json.dumps(exc.detail)
        if exc.status_code == 404 and msg == "Not Found":
            msg = f"no such resource: {request.url.path}"
        resp = fail(exc.status_code, msg)
        for k, v in (exc.headers or {}).items():
            resp.headers[k] = v
        return resp

    @app.exception_handler(RequestValidationError)
    async def _validation_error(request: Request, exc: RequestValidationError) -> JSONResponse:
        problems = []
        for err in exc.errors():
            where = ".".join(str(p) for p in err.get("loc", ()) if p not in ("query", "body", "path"))
            problems.append(f"{where or 'request'}: {err.get('msg')}")
        return fail(400, "invalid request: " + "; ".join(problems), problems=problems)

    @app.exception_handler(queries.DatabaseError)
    async def _db_error(request: Request, exc: queries.DatabaseError) -> JSONResponse:
        return fail(503, str(exc))

    # ------------------------------------------------------------------ auth
    def require_writer(request: Request) -> None:
        if not allow_write:
            raise HTTPException(403, "this server is read-only; start it with "
                                     "`sitrep serve --allow-write --token TOKEN` to accept writes")
        header = request.headers.get("authorization", "")
        scheme, _, given = header.partition(" ")
        if scheme.lower() != "bearer" or not given:
            raise HTTPException(401, "missing token: send 'Authorization: Bearer TOKEN'",
                                headers={"WWW-Authenticate": "Bearer"})
        if not secrets.compare_digest(given.strip().encode(), str(token).encode()):
            raise HTTPException(401, "invalid token", headers={"WWW-Authenticate": "Bearer"})

    Writer = Depends(require_writer)

    # ------------------------------------------------------------------ read API
    @app.get("/api/config", tags=["meta"])
    def config() -> dict[str, Any]:
        """Settings the web app needs: tile server (None: offline outlines only), writability."""
        return {"version": __version__, "read_only": not allow_write, "tiles": tiles,
                "dialect": engine.dialect.name}

    @app.get("/api/events", tags=["events"])
    def list_events(f: Filters, limit: Annotated[int, Query(ge=0, le=MAX_LIMIT)] = 50,
                    offset: Annotated[int, Query(ge=0, le=10**9)] = 0,
                    order: Order = "desc") -> dict[str, Any]:
        """Fused events matching the filters, by date, with the total for pagination."""
        return queries.list_events(engine, f, limit, offset, order)

    @app.get("/api/events/{event_id}", tags=["events"])
    def get_event(event_id: str) -> dict[str, Any]:
        """One event: reconciled fields, grade, claims, contradictions, corrections, evidence."""
        data = queries.get_event(engine, event_id)
        if data is None:
            raise HTTPException(404, f"no event with id {event_id!r}")
        return data

    @app.get("/api/documents/{doc_id}", tags=["documents"])
    def get_document(doc_id: str) -> dict[str, Any]:
        """A stored document: cleaned text, metadata and the evidence spans used from it."""
        data = queries.get_document(engine, doc_id)
        if data is None:
            raise HTTPException(404, f"no document with id {doc_id!r}")
        return data

    @app.get("/api/sources", tags=["sources"])
    def get_sources() -> dict[str, Any]:
        """Outlets and cited sources: reports, events, citations and framing vocabulary."""
        return queries.sources(engine)

    @app.get("/api/facets", tags=["events"])
    def get_facets() -> dict[str, Any]:
        """Event types, sub-event types, countries and grades with their counts."""
        return queries.facets(engine)

    @app.get("/api/timeline", tags=["events"])
    def get_timeline(f: Filters) -> dict[str, Any]:
        """Events and fatalities per week (Monday start) for the filters."""
        return queries.timeline(engine, f)

    @app.get("/api/export.csv", tags=["export"], response_class=StreamingResponse)
    def export_csv(f: Filters, limit: ExportLimit = None, order: Order = "asc") -> StreamingResponse:
        """ACLED-style CSV (ACLED column names) of the matching events."""
        rows = queries.iter_events(engine, f, order, limit)
        return StreamingResponse(
            formats.csv_lines(rows, lambda ids: queries.event_outlets(engine, ids)),
            media_type="text/csv; charset=utf-8",
            headers={"Content-Disposition": 'attachment; filename="sitrep-events.csv"'})

    @app.get("/api/export.geojson", tags=["export"], response_class=StreamingResponse)
    def export_geojson(f: Filters, limit: ExportLimit = None,
                       order: Order = "asc") -> StreamingResponse:
        """GeoJSON FeatureCollection of the matching events (null geometry when unplaced)."""
        rows = queries.iter_events(engine, f, order, limit)
        return StreamingResponse(formats.geojson_chunks(rows),
                                 media_type="application/geo+json")

    @app.get("/api/export.jsonl", tags=["export"], response_class=StreamingResponse)
    def export_jsonl(f: Filters, limit: ExportLimit = None,
                     order: Order = "asc") -> StreamingResponse:
        """JSON lines, one event summary per line."""
        rows = queries.iter_events(engine, f, order, limit)
        return StreamingResponse(formats.jsonl_lines(rows), media_type="application/x-ndjson")

    # ------------------------------------------------------------------ write API
    @app.post("/api/documents", tags=["write"], status_code=201, dependencies=[Writer])
    def post_document(body: DocumentIn) -> dict[str, Any]:
        """Ingest one article (runs the pipeline, fuses its events). Needs --allow-write."""
        from sitrep.doc import Doc
        from sitrep.store.db import Store, content_hash

        run = process
        if run is None:
            try:
                from sitrep.pipeline import default_pipeline

                run = default_pipeline()
            except Exception as exc:  # noqa: BLE001 - report a broken install, don't 500
                raise HTTPException(503, f"the extraction pipeline is unavailable: {exc}") from None

        doc_id = body.id or "api-" + content_hash(body.text)[:16]
        doc = Doc(id=doc_id, text=body.text, title=body.title, outlet=body.outlet, url=body.url,
                  published=body.published, published_precision="day" if body.published else None,
                  published_source="field" if body.published else None, source_path="api")
        store = Store(engine=engine)
        summary = store.ingest([doc], run)
        if summary.failed:
            raise HTTPException(422, f"document could not be processed: {summary.failures[0].reason}")
        data = queries.get_document(engine, doc_id)
        return {"id": doc_id, "known": bool(summary.known), "events": (data or {}).get("events", []),
                "new_events": summary.new_events}

    @app.post("/api/events/{event_id}/corrections", tags=["write"], status_code=201,
              dependencies=[Writer])
    def post_correction(event_id: str, body: CorrectionIn) -> dict[str, Any]:
        """Correct one field of an event by hand (kept across re-fusion). Needs --allow-write."""
        from sitrep.store.db import EDITABLE, Store

        if not queries.event_exists(engine, event_id):
            raise HTTPException(404, f"no event with id {event_id!r}")
        if body.field not in EDITABLE:
            raise HTTPException(400, f"cannot edit {body.field!r}; editable: "
                                     f"{', '.join(sorted(EDITABLE))}")
        store = Store(engine=engine)
        store.who = body.author or "api"
        try:
            old = store.edit(event_id, body.field, body.value, note=body.note)
        except KeyError:
            raise HTTPException(404, f"no event with id {event_id!r}") from None
        except (ValueError, TypeError) as exc:
            raise HTTPException(400, f"invalid value for {body.field!r}: {exc}") from None
        return {"event_id": event_id, "field": body.field, "old_value": old,
                "event": queries.get_event(engine, event_id)}

    # ------------------------------------------------------------------ web app
    missing = missing_assets(root)
    app.state.missing_assets = missing

    @app.get("/", include_in_schema=False, response_model=None)
    def index() -> FileResponse | HTMLResponse:
        if missing:
            return HTMLResponse(
                "<!doctype html><title>sitrep: web assets missing</title>"
                f"<h1>The web app's files are missing</h1><p>Missing: {', '.join(missing)}.</p>"
                f"<p>To fix: {SETUP_HINT}. The JSON API still works: <a href='/docs'>/docs</a>.</p>",
                status_code=503)
        return FileResponse(root / "index.html", media_type="text/html")

    if root.is_dir():
        app.mount("/static", StaticFiles(directory=root), name="static")
    return app
