"""Document metadata: outlet and URL from an ``outlet`` field, language, HTML extraction."""

from __future__ import annotations

import datetime as dt
import logging
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any
from urllib.parse import parse_qs

from sitrep.datafiles import parse_yaml
from sitrep.ingest.dates import query_timestamp

log = logging.getLogger(__name__)

_URL = re.compile(r"^(?:https?://|www\.)\S+$", re.I)
# http://web.archive.org/web/20140215012040/http://www.waff.com:80/story/...
# (the timestamp may carry a flag such as "id_" or "im_").
_WAYBACK = re.compile(
    r"^(?:https?://)?(?:web\.)?archive\.org/web/(?P<ts>\d{4,14})(?:[a-z]{2}_)?/(?P<url>.+)$", re.I
)


def is_url(value: str) -> bool:
    return bool(_URL.match(value.strip()))


@dataclass(frozen=True, slots=True)
class UrlInfo:
    url: str  # the original article URL (archive wrapper removed)
    domain: str | None  # its registered domain, "alarabiya.net"
    # the Wayback Machine crawl date, when wrapped (or a redirect link's earlier time stamp):
    # a day by which the page existed
    archive_date: dt.date | None


# A link that only redirects to another page: Google's "/url?q=<target>" (search results,
# Docs links), Facebook's "l.php?u=<target>". The target is the article: its site is the
# outlet and its path may carry the date ("/2021/08/08/").
_REDIRECT = re.compile(
    r"^(?:https?://)?(?:www\.|l\.|lm\.)?(?:google\.[a-z.]{2,6}/url|facebook\.com/l\.php)\?(?P<query>.*)$",
    re.I,
)


def _redirect_target(url: str) -> str | None:
    """The address a redirect link leads to (its ``q``/``url``/``u`` parameter), else None."""
    m = _REDIRECT.match(url)
    if not m:
        return None
    params = parse_qs(m["query"])
    for key in ("q", "url", "u"):
        for target in params.get(key, ()):
            if re.match(r"^https?://\S+$", target, re.I):
                return target
    return None


def unwrap_url(url: str) -> UrlInfo:
    url = url.strip()
    archive_date = None
    m = _WAYBACK.match(url)
    if m:
        ts = m["ts"]
        if len(ts) >= 8:
            try:
                archive_date = dt.date(int(ts[:4]), int(ts[4:6]), int(ts[6:8]))
            except ValueError:
                archive_date = None
        url = m["url"]
        if not re.match(r"^[a-z]+://", url, re.I):
            # The archive sometimes folds "http://" into "http:/".
            url = re.sub(r"^(https?):/+", r"\1://", url, flags=re.I)
            if "://" not in url:
                url = "http://" + url
    target = _redirect_target(url)
    if target:
        # the redirect's own time stamp ("ust=" in Google's): the link was made then, so the
        # page existed by that day, a closer bound than a later crawl
        made = query_timestamp(url)
        if made and (archive_date is None or made < archive_date):
            archive_date = made
        url = target
    return UrlInfo(url, registered_domain(url), archive_date)


def registered_domain(url: str) -> str | None:
    """The registrable domain ("english.alarabiya.net" -> "alarabiya.net", "x.co.uk" kept whole).

    Uses the public-suffix list bundled with ``tld`` (installed with trafilatura); falls back to
    the host name without "www." when it is not available or does not know the suffix.
    """
    if not re.match(r"^[a-z]+://", url, re.I):
        url = "http://" + url
    fld = _get_fld()
    if fld is not None:
        try:
            found = fld(url, fail_silently=True)
        except Exception:  # noqa: BLE001 - a malformed URL must not stop ingestion
            found = None
        if found:
            return found.lower()
    host = re.sub(r"^[a-z]+://", "", url, flags=re.I).split("/", 1)[0].split(":", 1)[0]
    host = host.lower().removeprefix("www.")
    return host or None


@lru_cache(maxsize=1)
def _get_fld() -> Any:
    try:
        from tld import get_fld
    except ImportError:  # pragma: no cover - tld comes with trafilatura
        return None
    return get_fld


# ---------------------------------------------------------------------------- language


@lru_cache(maxsize=1)
def _langid() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    # A private instance, so that nothing else in the process shares (or changes) its settings.
    return LanguageIdentifier.from_model_file(MODEL_FILE)


@lru_cache(maxsize=1)
def _english() -> tuple[frozenset[str], float, int]:
    path = resources.files("sitrep.data").joinpath("lexicons/ingest_language.yaml")
    data = parse_yaml(path.read_text("utf-8"))["english"]
    return frozenset(data["words"]), float(data["min_share"]), int(data["min_hits"])


_TOKEN = re.compile(r"[^\W\d_]+")
LANGUAGE_SAMPLE = 400  # characters read by the English fast path
LANGID_SAMPLE = 250  # characters given to py3langid (its cost is linear in length)


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of ``text``: py3langid, with a fast path for English prose.

    py3langid costs about 1 microsecond per character, so it reads a 250-character sample;
    English news (most input) is recognised first from its function words, in a few
    microseconds. None when the text has too few letters to tell.
    """
    sample = text[:LANGUAGE_SAMPLE]
    tokens = _TOKEN.findall(sample.lower())
    if len(tokens) < 3:
        return None
    words, min_share, min_hits = _english()
    hits = sum(1 for t in tokens if t in words)
    if hits >= min_hits and hits >= min_share * len(tokens):
        return "en"
    lang, _score = _langid().classify(text[:LANGID_SAMPLE])
    return lang or None


# -------------------------------------------------------------------------------- HTML


@dataclass(slots=True)
class HtmlExtract:
    text: str
    title: str | None = None
    url: str | None = None
    sitename: str | None = None
    date: dt.date | None = None


def extract_html(html: str) -> HtmlExtract:
    """Main text and metadata of an HTML page via trafilatura (dates via htmldate).

    htmldate's "extensive search" is switched off: it reads free text such as copyright footers,
    which are never a publication date.
    """
    import trafilatura

    doc = trafilatura.bare_extraction(
        html,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    if doc is None:
        return HtmlExtract(text="")
    data = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    date = None
    if data.get("date"):
        try:
            date = dt.date.fromisoformat(str(data["date"])[:10])
        except ValueError:
            date = None
    return HtmlExtract(
        text=data.get("text") or "",
        title=data.get("title") or None,
        url=data.get("url") or None,
        sitename=data.get("sitename") or None,
        date=date,
    )
