"""Options shared by ``sitrep extract`` and ``sitrep ingest``."""

from __future__ import annotations

from typing import Any

import click

COUNTRY_HELP = (
    "The collection's country, a weak prior for documents whose text settles on no country "
    "or another one: 'auto' (default) takes it from the collection itself when most of its "
    "documents are about one country, 'none' switches it off, or give a country name or ISO "
    "code.")


def country_option(f: Any) -> Any:
    return click.option("--country", "country", default="auto", show_default=True,
                        metavar="auto|none|COUNTRY", callback=_parse_country,
                        help=COUNTRY_HELP)(f)


def _parse_country(ctx: click.Context, param: click.Parameter, value: str) -> str | None:
    """"auto", None for "none", else the gazetteer's name of the country given."""
    low = value.strip().lower()
    if low == "auto":
        return "auto"
    if low in ("none", "off", ""):
        return None
    from sitrep.nlp.gazetteer import get_gazetteer

    gaz = get_gazetteer()
    if len(value.strip()) == 2 and value.strip().upper() in gaz.country_names:
        return gaz.country_names[value.strip().upper()]
    code = gaz.country_code(value)
    if code is None:
        raise click.BadParameter(f"unknown country {value!r} (a country name or ISO code, "
                                 "'auto' or 'none')")
    return gaz.country_names.get(code, value)


def collection_note(report: Any) -> str:
    """"; collection country Kenya (312 documents read again with it)" for a summary line."""
    if not report.country:
        return ""
    return (f"; collection country {report.country} ({report.reread} documents read again "
            "with it)" if report.reread else f"; collection country {report.country}")
