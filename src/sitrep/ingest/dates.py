"""Publication dates written in article headers, URLs and metadata fields.

Only *publication* dates are read here (the event dates inside the body are the job of
``sitrep.nlp.dates``). Everything is plain regex: no dateparser per document, so that
ingesting a 3,000-character text stays well under a millisecond.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from sitrep.ingest.resources import boilerplate_data
from sitrep.nlp.resources import load_yaml

MIN_YEAR = 1980
_SPACES = re.compile(r"\s*")


@dataclass(frozen=True, slots=True)
class FoundDate:
    date: dt.date
    precision: str  # "day" | "month" | "year"
    start: int  # span of the date expression (and its prefix/time) in the searched string
    end: int


def _valid(year: int, month: int, day: int) -> dt.date | None:
    if not MIN_YEAR <= year <= dt.date.today().year + 1:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


class _Patterns:
    """Compiled dateline regexes built from the month/weekday lists of the data file."""

    def __init__(self) -> None:
        data = boilerplate_data()["header_dates"]
        self.month_of: dict[str, int] = {}
        for number, names in data["months"].items():
            for name in names:
                self.month_of[name.lower()] = int(number)
        months = "|".join(sorted(self.month_of, key=len, reverse=True))
        weekdays = "|".join(sorted(data["weekdays"], key=len, reverse=True))
        prefixes = "|".join(
            re.escape(p).replace(r"\ ", r"\s+") for p in sorted(data["prefixes"], key=len, reverse=True)
        )
        wd = rf"(?:(?:{weekdays})\.?,?\s+)"
        mon = rf"(?P<mon>{months})\.?"
        day = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
        year = r"(?P<year>(?:19|20)\d\d)"
        # Each alternative is its own regex so that group names can repeat.
        self.forms = [
            # Wed 05 Apr 2017 · 12 February 2015 · Saturday, 20 February 2021
            # (an Arabic comma before the year is common in Syrian outlets: "30 December، 2023")
            re.compile(rf"{wd}?{day}\s+{mon}\s*[,،]?\s+{year}(?!\d)", re.I),
            # April 5 2017 · Thu Sep 5 2013 · March 3, 2015 · Apr 23 2017
            re.compile(rf"{wd}?{mon}\s+{day}\s*[,،]?\s+{year}(?!\d)", re.I),
            # Apr 232017 (day and year glued together by a scraper)
            re.compile(rf"{mon}\s+(?P<day>\d\d)(?P<year>(?:19|20)\d\d)(?!\d)", re.I),
            # 24.04.2022 · 6-09-2013 · 24/04/2022 (day first; 11/24/2014 month first)
            re.compile(r"(?<![\d.])(?P<day>\d{1,2})(?P<sep>[./-])(?P<month>\d{1,2})(?P=sep)"
                       r"(?P<year>(?:19|20)\d\d)(?![\d])"),
            # 2021-11-24 (ISO)
            re.compile(r"(?<!\d)(?P<year>(?:19|20)\d\d)-(?P<month>\d\d)-(?P<day>\d\d)(?!\d)"),
        ]
        # Month-precision header: "February 2021".
        self.month_year = re.compile(rf"{mon},?\s+{year}(?!\d)", re.I)
        self.prefix = re.compile(rf"(?:{prefixes})\s*:?\s*", re.I)
        # A time after the date: "- 20:59", "at 0914", "10:59 GMT", "190703". A bare
        # four-digit number is only a time after "at" ("12 May 2015 1500 people fled" keeps it).
        self.time = re.compile(
            r"\s*(?:[-–|,]\s*|at\s+)?(?:\d{1,2}[:.]\d{2}(?::\d{2})?|(?<=at )\d{4}|[0-2]\d{5})"
            r"(?:\s*[ap]\.?m\.?)?(?:\s+(?-i:[A-Z]{2,4}|UTC|GMT)(?:[+-]\d{1,2})?)?(?!\w)",
            re.I,
        )
        self.junk = [re.compile(p, re.I) for p in data.get("trailing_junk", [])]

    def parse_at(self, text: str, pos: int) -> FoundDate | None:
        """A date expression starting exactly at ``pos`` (end includes a following time)."""
        for form in self.forms:
            m = form.match(text, pos)
            if m:
                found = self._from_match(m)
                if found:
                    return found
        return None

    def search(self, text: str) -> FoundDate | None:
        """The first full date anywhere in ``text``; falls back to "Month YYYY"."""
        best: FoundDate | None = None
        for form in self.forms:
            for m in form.finditer(text):
                found = self._from_match(m)
                if found:
                    if best is None or found.start < best.start:
                        best = found
                    break
        if best is None:
            m = self.month_year.search(text)
            if m:
                d = _valid(int(m["year"]), self.month_of[m["mon"].lower()], 1)
                if d:
                    best = FoundDate(d, "month", m.start(), m.end())
        return best

    def _from_match(self, m: re.Match[str]) -> FoundDate | None:
        groups = m.groupdict()
        month = self.month_of[groups["mon"].lower()] if groups.get("mon") else int(groups["month"])
        d = _valid(int(groups["year"]), month, int(groups["day"]))
        if d is None and groups.get("sep") and month > 12:
            # "11/24/2014": a US month-first date, read so only where day-first cannot be
            d = _valid(int(groups["year"]), int(groups["day"]), month)
        if d is None:
            return None
        return FoundDate(d, "day", m.start(), m.end())

    def extend(self, text: str, end: int) -> int:
        """Move ``end`` past a time of day and scraper junk that belong to a dateline."""
        m = self.time.match(text, end)
        if m:
            end = m.end()
        moved = True
        while moved:
            moved = False
            for junk in self.junk:
                pos = _SPACES.match(text, end).end()  # type: ignore[union-attr]
                jm = junk.match(text, pos)
                if jm and jm.end() > end:
                    end, moved = jm.end(), True
        return end


@lru_cache(maxsize=1)
def patterns() -> _Patterns:
    return _Patterns()


_LEAD_AGENCY = re.compile(r"(?-i:[A-Z]{2,8})\s+")


@lru_cache(maxsize=1)
def _wire() -> re.Pattern[str]:
    """An agency and a weekday opening a wire dateline: capitals ("AFP", "AP") or one of the
    agencies written in title case (``wire_agencies`` in lexicons/dates.yaml: "Reuters")."""
    names = load_yaml("lexicons/dates.yaml").get("wire_agencies") or []
    titled = "".join(f"|{re.escape(n)}" for n in sorted(names, key=len, reverse=True))
    return re.compile(
        rf"(?<!\w)(?-i:[A-Z]{{2,8}}{titled})\s+(?=(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+\d)", re.I
    )


def leading_dateline(text: str) -> FoundDate | None:
    """A dateline at the very start of ``text``: "Posted on April 4 2017", "AFP Friday 22 Jul 2016".

    ``start``/``end`` cover the prefix, the date and a following time, so that the caller can
    remove the whole dateline from the text.
    """
    p = patterns()
    pos = 0
    m = p.prefix.match(text)
    if m:
        pos = m.end()
    else:
        m = _LEAD_AGENCY.match(text)
        if m and p.parse_at(text, m.end()):
            pos = m.end()
    found = p.parse_at(text, pos)
    if found is None:
        return None
    return FoundDate(found.date, found.precision, 0, p.extend(text, found.end))


_SEPARATORS = re.compile(r"[\s\-–|:.]*")
_FILLER = re.compile(r"[^\s.!?]{1,25}\s+")


def dateline_after(text: str, pos: int, max_tokens: int = 8) -> FoundDate | None:
    """A dateline within ``max_tokens`` words after ``pos`` (after a title: agency, section)."""
    p = patterns()
    cur = _SEPARATORS.match(text, pos).end()  # type: ignore[union-attr]
    for _ in range(max_tokens + 1):
        m = p.prefix.match(text, cur)
        at = m.end() if m else cur
        found = p.parse_at(text, at)
        if found:
            return FoundDate(found.date, found.precision, cur, p.extend(text, found.end))
        f = _FILLER.match(text, cur)
        if not f:
            return None
        cur = f.end()
    return None


def wire_dateline(text: str, limit: int = 300) -> FoundDate | None:
    """A wire-service dateline near the top: "AFP Saturday 10 Aug 2013" (agency + weekday + date).

    Agency in capitals followed by a weekday and a full date is a header, not an event date, so
    it is accepted anywhere in the first ``limit`` characters (after a standfirst, say).
    """
    p = patterns()
    for m in _wire().finditer(text, 0, limit):
        found = p.parse_at(text, m.end())
        if found:
            return FoundDate(found.date, found.precision, found.start, p.extend(text, found.end))
    return None


# A place dateline with the date in brackets: "SAVANNAH, GA (August 2, 2015): ..."
_PLACE_PAREN = re.compile(
    r"(?-i:[A-Z][A-Z .'’-]{1,40}[A-Z.])(?:,\s*(?-i:[A-Z])[A-Za-z.]{1,12})?\s*(?P<open>\()"
)


def place_dateline(text: str) -> FoundDate | None:
    """A date in brackets after the capitalised place that opens a story ("TOWN, ST (May 3,
    2015): ..."). ``start``/``end`` cover the brackets only: the place stays in the text."""
    m = _PLACE_PAREN.match(text)
    if not m:
        return None
    found = patterns().parse_at(text, m.end())
    if found is None or text[found.end : found.end + 1] != ")":
        return None
    return FoundDate(found.date, found.precision, m.start("open"), found.end + 1)


# What may follow a dateline's time on its own line: a time zone or the desk's country code
# ("16:42, UK", "10:05 GMT", "(EDT)"); capitals only, so a sentence after a date never passes.
_ZONE_TAIL = re.compile(r"[\s\-–|,]*(?:\(?(?-i:[A-Z]{2,5})\)?)?[\s\-–|,]*")


def whole_line_dateline(line: str) -> FoundDate | None:
    """``line`` is nothing but a dateline ("Saturday 20 February 2021 - 20:59", "... 16:42, UK")."""
    found = leading_dateline(line)
    if found and _ZONE_TAIL.fullmatch(line, found.end):
        return found
    return None


def search_date(text: str) -> FoundDate | None:
    """The first date anywhere in a short header line ("By X | 24.04.2022 | 10:05")."""
    return patterns().search(text)


# An embedded post's attribution line, as social embeds print it under the post's text:
# "— Jane Doe (@jdoe) November 20, 2022" (cleanup drops the line; its date is read first).
_EMBED_SIGNATURE = re.compile(r"[—–-]\s*[^()—–\n]{1,60}\(@\w{1,30}\)\s+(?=\S)")


def embedded_post_dates(lines: list[str]) -> list[dt.date]:
    """The dates of the social posts a page embeds, read from their attribution lines.

    A page cannot be older than the posts it quotes: the latest of them dates the page from
    below (and usually to the day: pages embed the posts of the day they report)."""
    p = patterns()
    out: list[dt.date] = []
    for line in lines:
        if "(@" not in line:
            continue
        for m in _EMBED_SIGNATURE.finditer(line):
            found = p.parse_at(line, m.end())
            if found and not line[found.end :].strip():
                out.append(found.date)
    return out


# A photo credit that ends with a day, as some outlets print it under each picture: "<caption>
# - Example News, 1280, 03.05.2021" (outlet, an image width, the page's day). The lead
# picture's credit carries the page's own day; a related story's card carries its, earlier.
_CREDIT_DATED = re.compile(r"\s[-–—]\s+(?-i:[A-Z])[\w&'’. ]{1,40},\s*(?:\d{2,5},\s*)?(?=\d)")


def credit_line_date(lines: list[str]) -> dt.date | None:
    """The latest day that a photo credit line among ``lines`` (what cleanup removed) ends
    with ("... - Outlet, 1280, 03.05.2021"): the page's, since the cards of related stories
    it links to are older."""
    p = patterns()
    found: list[dt.date] = []
    for line in lines:
        for m in _CREDIT_DATED.finditer(line):
            hit = p.parse_at(line, m.end())
            if hit and not line[hit.end :].strip():
                found.append(hit.date)
    return max(found, default=None)


# ----------------------------------------------------------------------------- fields


_FIELD_FORMS = [
    (re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$"), "day"),
    (re.compile(r"^\s*(\d{4})/(\d{1,2})/(\d{1,2})\s*$"), "day"),
    (re.compile(r"^\s*(\d{4})-(\d{1,2})\s*$"), "month"),
    (re.compile(r"^\s*(\d{4})\s*$"), "year"),
]


def parse_field_date(value: object) -> tuple[dt.date, str] | None:
    """A ``published`` field: ISO date, ISO datetime, "YYYY-MM" or "YYYY"; else a header form."""
    if isinstance(value, dt.datetime):
        return value.date(), "day"
    if isinstance(value, dt.date):
        return value, "day"
    if not isinstance(value, str) or not value.strip():
        return None
    for rx, precision in _FIELD_FORMS:
        m = rx.match(value)
        if m:
            parts = [int(g) for g in m.groups()] + [1] * (3 - len(m.groups()))
            d = _valid(parts[0], parts[1], parts[2])
            return (d, precision) if d else None
    found = patterns().search(value)
    return (found.date, found.precision) if found else None


# -------------------------------------------------------------------------------- URLs

_URL_YMD = re.compile(r"/((?:19|20)\d\d)/(\d{1,2})/(\d{1,2})(?=/|$|[^\d])")
_URL_YM = re.compile(r"/((?:19|20)\d\d)/(\d{1,2})(?=/)")
_URL_ISO = re.compile(r"(?<!\d)((?:19|20)\d\d)[-_](\d\d)[-_](\d\d)(?!\d)")
_URL_COMPACT = re.compile(r"(?<![\d])((?:19|20)\d\d)(\d\d)(\d\d)(?![\d])")
# a last path segment that is a day-first date, maybe with a running number: "/syria/16082022"
_URL_DMY_SEGMENT = re.compile(r"/(0[1-9]|[12]\d|3[01])(0[1-9]|1[0-2])((?:19|20)\d\d)\d?/?$")
_URL_Y_DAY_NAME = re.compile(r"/((?:19|20)\d\d)/(\d{1,2})-([a-z]{3,9})(?=[-_/]|$)", re.I)


_STATUS = re.compile(r"^(?:https?://)?(?:www\.|mobile\.)?(?:twitter|x)\.com/\w+/status(?:es)?/(\d{15,20})", re.I)
_SNOWFLAKE_EPOCH_MS = 1288834974657  # Twitter's id epoch (2010-11-04)


def post_date(url: str) -> dt.date | None:
    """The day a twitter.com / x.com post was made, from its status id ("snowflake": the top
    bits are milliseconds since 2010-11-04): the post's own timestamp, so it outranks any
    date printed on the page around it (page chrome, a crawl banner)."""
    m = _STATUS.match(url)
    if not m:
        return None
    ms = (int(m[1]) >> 22) + _SNOWFLAKE_EPOCH_MS
    try:
        posted = dt.datetime.fromtimestamp(ms / 1000, tz=dt.UTC).date()
    except (OverflowError, OSError, ValueError):
        return None
    return _valid(posted.year, posted.month, posted.day)


# Query parameters that carry the moment the link itself was made, as Unix time: WordPress's
# "?doing_wp_cron=1697183121.87" (seconds), Google's redirect "ust=1628526370074000"
# (microseconds), a Cloudflare challenge token "__cf_chl_jschl_tk__=pmd_...-1634546031-0-...".
# Someone had the page open then, so it was published by that moment (usually a day or two
# before): a dated link of last resort, read only where the path gives no date.
_QUERY_STAMPS = [
    (re.compile(r"[?&]doing_wp_cron=(\d{10})(?:\.\d*)?(?=&|$)"), 1),
    (re.compile(r"[?&]ust=(\d{16})(?=&|$)"), 1_000_000),
    (re.compile(r"[?&]__cf_chl_\w*=[\w.]*?-(\d{10})-"), 1),
]
_EARLIEST_STAMP = 1104537600  # 2005-01-01: smaller numbers are ids, not times


def query_timestamp(url: str) -> dt.date | None:
    """The UTC day of a Unix timestamp that a link's query carries (``_QUERY_STAMPS``)."""
    if "?" not in url:
        return None
    for rx, per_second in _QUERY_STAMPS:
        m = rx.search(url)
        if not m:
            continue
        seconds = int(m[1]) // per_second
        if seconds < _EARLIEST_STAMP:
            continue
        try:
            day = dt.datetime.fromtimestamp(seconds, tz=dt.UTC).date()
        except (OverflowError, OSError, ValueError):
            continue
        found = _valid(day.year, day.month, day.day)
        if found:
            return found
    return None


# ------------------------------------------------------------------ running post numbers
# Some sites number their posts in one running series ("https://site.example/en/261234/"),
# so the number grows with time. A model trained on pages whose day is known
# (sitrep.nlp.train_post_dates, written to data/models/post_dates.json) maps each such site's
# numbers to days: a monotone, piecewise-linear curve through a few smoothed knots. It is an
# estimate (the pace of posting drifts), read only inside the number range it was fitted on.
POST_DATES_MODEL = "models/post_dates.json"
POST_NUMBER_PRECISION = "estimate"  # Doc.published_precision of a day read from a post number
_POST_NUMBER = re.compile(r"^(?:[a-z]+://)?(?:www\.)?(?P<prefix>[^?#]*?)/(?P<n>\d{2,12})(?=[/?#]|$)", re.I)


@dataclass(frozen=True, slots=True)
class PostSite:
    """One site of the post-number model: the numbers it dates (``lo``..``hi``, the fitted
    range widened by the measured margin) and its knots (post number, day as a proleptic
    ordinal with a fraction), rising in both."""

    lo: int
    hi: int
    knots: tuple[tuple[int, float], ...]

    def day(self, n: int) -> dt.date | None:
        if not self.lo <= n <= self.hi or len(self.knots) < 2:
            return None
        ks = self.knots
        if n <= ks[0][0]:
            (n0, d0), (n1, d1) = ks[0], ks[-1]  # the margin: the site's mean pace
        elif n >= ks[-1][0]:
            (n0, d0), (n1, d1) = ks[-1], ks[0]
        else:
            i = next(i for i in range(1, len(ks)) if n <= ks[i][0])
            (n0, d0), (n1, d1) = ks[i - 1], ks[i]
        day = d0 if n1 == n0 else d0 + (d1 - d0) * (n - n0) / (n1 - n0)
        try:
            return dt.date.fromordinal(int(day + 0.5))
        except (OverflowError, ValueError):
            return None


PostDateModel = dict[str, PostSite]


def read_post_date_model(data: dict[str, Any]) -> PostDateModel:
    """The sites of a post-number model as ``sitrep.nlp.train_post_dates`` writes it."""
    zero = dt.date.fromisoformat(data["day_zero"]).toordinal()
    out: PostDateModel = {}
    for site, entry in (data.get("sites") or {}).items():
        knots = tuple(sorted((int(n), zero + float(d)) for n, d in entry["knots"]))
        lo, hi = entry["range"]
        margin = int(entry.get("margin", 0))
        out[str(site).lower().strip("/")] = PostSite(int(lo) - margin, int(hi) + margin, knots)
    return out


# The model file in use: None is the shipped one (POST_DATES_MODEL); see use_post_date_model.
_POST_MODEL_PATH: Path | None = None


def use_post_date_model(path: str | Path | None) -> None:
    """Read the post-number model from ``path`` from now on (None: the shipped file).

    For measuring the pipeline with a model that did not see the pages it runs on (the
    held-out figure of ``sitrep.nlp.train_post_dates``), like ``sitrep.nlp.classify.use_model``;
    a path that does not exist means no model (no page is dated from its number)."""
    global _POST_MODEL_PATH
    _POST_MODEL_PATH = None if path is None else Path(path)
    _post_date_model.cache_clear()


@lru_cache(maxsize=1)
def _post_date_model() -> PostDateModel:
    if _POST_MODEL_PATH is None:
        node = resources.files("sitrep.data").joinpath(POST_DATES_MODEL)
        if not node.is_file():
            return {}
        text = node.read_text("utf-8")
    elif _POST_MODEL_PATH.is_file():
        text = _POST_MODEL_PATH.read_text("utf-8")
    else:
        return {}
    return read_post_date_model(json.loads(text))


def post_number_date(url: str, model: PostDateModel | None = None) -> dt.date | None:
    """The estimated day a post was published, from its running number in a site's address
    ("/en/261234/") and the post-number model (``model``, else the one in use): None for a
    site the model does not know or a number outside its range."""
    numbered = post_number(url)
    if numbered is None:
        return None
    site = (model if model is not None else _post_date_model()).get(numbered[0])
    return site.day(numbered[1]) if site else None


def post_number(url: str) -> tuple[str, int] | None:
    """(site, running post number) of an address ending in a number ("site.example/en",
    261234), the site lower-cased and without scheme or "www."; None for other addresses."""
    m = _POST_NUMBER.match(url.strip())
    return (m["prefix"].lower(), int(m["n"])) if m else None


def url_date(url: str) -> tuple[dt.date, str] | None:
    """A date in a URL path: /2021/11/24/, 2021-11-24 in a slug, 20140112 in a slug, /2021/11/.

    A post URL on twitter.com / x.com carries its date in the status id ("snowflake": the
    top bits are milliseconds since 2010-11-04), so it is read too; then a site's running
    post number, by the trained post-number model (``post_number_date``: an estimate, so its
    precision is "estimate"); last, a Unix time in the query
    that stamps when the link was made (``query_timestamp``).
    """
    posted = post_date(url)
    if posted:
        return posted, "day"
    path = re.sub(r"^[a-z]+://[^/]+", "", url, flags=re.I)
    path = path.split("?", 1)[0].split("#", 1)[0]
    for rx in (_URL_YMD, _URL_ISO):
        for m in rx.finditer(path):
            d = _valid(int(m[1]), int(m[2]), int(m[3]))
            if d:
                return d, "day"
    for m in _URL_YM.finditer(path):
        d = _valid(int(m[1]), int(m[2]), 1)
        if d:
            return d, "month"
    for m in _URL_COMPACT.finditer(path):
        d = _valid(int(m[1]), int(m[2]), int(m[3]))
        if d:
            return d, "day"
    m = _URL_DMY_SEGMENT.search(path)
    if m:
        d = _valid(int(m[3]), int(m[2]), int(m[1]))
        if d:
            return d, "day"
    # a year folder and a slug opening with the day and the month's name: "/2021/24-november-..."
    m = _URL_Y_DAY_NAME.search(path)
    if m:
        month = patterns().month_of.get(m[3].lower())
        d = _valid(int(m[1]), month, int(m[2])) if month else None
        if d:
            return d, "day"
    numbered = post_number_date(url)
    if numbered:
        return numbered, POST_NUMBER_PRECISION
    stamped = query_timestamp(url)
    if stamped:
        return stamped, "day"
    return None
