"""From raw strings to a :class:`~sitrep.doc.Doc`: cleanup, header, title, metadata.

``Doc.text`` layout: the title line (when known), a blank line, then the body paragraphs
separated by blank lines. Header material (datelines such as "Saturday 20 February 2021 -
20:59") is read as metadata and removed from the text. All downstream offsets point into this
text.

Publication date priority: the ``published`` field (when the page's own dateline, or the
latest post it embeds, names an earlier day, that day is kept beside it as a ``page_date``
span of the ``"ingest"`` layer: the given date was then likely a crawl or re-post date, and
the page's own day anchors "on Monday"), a social post's own timestamp (its status id), the
text's own header/dateline (or else the latest day its photo credit lines end with), a dated
URL path, HTML metadata (htmldate), the latest embedded social post's date (the attribution
line under it: a page is not older than the posts it quotes), and last the Wayback Machine
crawl timestamp (only a crawl date). A copyright footer
is never read: footers are dropped by cleanup before any search.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from sitrep.doc import Doc, Span
from sitrep.ingest import dates
from sitrep.ingest.cleanup import (
    clean_lines,
    looks_like_headline,
    looks_like_sentence,
    normalise,
    split_lines,
)
from sitrep.ingest.metadata import detect_language, extract_html, is_url, unwrap_url

NOTES_LAYER = "ingest"  # spans with label "note": decoding fallbacks and other remarks
# label of a zero-width "ingest" span: the page's own date (attrs "date", "source") when it is
# earlier than the ``published`` date given with the input (see make_doc); the dates and
# events components read "on Monday" and "old news" against it (dates.anchor_dates)
PAGE_DATE = "page_date"


class EmptyDocument(ValueError):
    """Raised by :func:`make_doc` when nothing of the article is left after cleanup."""


_ALNUM = re.compile(r"[^\w]+")
_LABEL = re.compile(r"^[A-Za-z\u00c0-\u024f][\w\u00c0-\u024f' -]{0,28}$")
# Header lines that carry a date among other metadata ("By Jane Doe | March 3, 2015").
_HEADER_LINE = re.compile(
    r"^(?:posted|published|updated|last updated|date|by\b|written by|\w+ staff\b)|\s\|\s", re.I
)
_HEADER_FIELD = re.compile(r"^(?:source|outlet|publisher|publication)\s*:\s*(?P<v>.{2,80})$", re.I)
_URL_LINE = re.compile(r"^(?:url|link|source)?\s*:?\s*(?P<v>https?://\S+)$", re.I)
_LEAD_PUNCT = re.compile(r"^[\s.:;,|\-–—]+")
HEADER_ZONE = 6  # leading paragraphs searched for header material


@dataclass(slots=True)
class _Date:
    date: dt.date
    precision: str
    source: str


def _key(s: str) -> str:
    return _ALNUM.sub(" ", s.casefold()).strip()


_WORDS = re.compile(r"\w+")


def _strip_prefix(paragraph: str, title: str, want: list[str] | None = None) -> str | None:
    """``paragraph`` minus a leading ``title`` (compared ignoring case and punctuation).
    ``want``: the title's case-folded words, when the caller has them already."""
    if want is None:
        want = _WORDS.findall(title.casefold())
    if not want:
        return None
    end = 0
    words = _WORDS.finditer(paragraph)
    for expected in want:
        m = next(words, None)
        if m is None or m.group().casefold() != expected:
            return None
        end = m.end()
    if not title[-1].isalnum() and paragraph[end : end + 1] == title[-1]:
        end += 1  # keep a closing "?" / "!" / quote with the title
    return _LEAD_PUNCT.sub("", paragraph[end:])


_TITLE_SEP = re.compile(r"\s+(?:[-–—|:]|::)\s+")


def _title_variants(title: str) -> list[str]:
    """The title, then the title without trailing site names ("X - Region - World - Ahram").

    Pages titles often end with the section and the site; the article text starts with the
    headline alone, so the shorter forms are tried too (longest first).
    """
    out = [title]
    cuts = [m.start() for m in _TITLE_SEP.finditer(title)]
    for cut in reversed(cuts):
        head = title[:cut].strip()
        if len(head.split()) >= 3:
            out.append(head)
    return out


def _is_label(line: str) -> bool:
    """A section label or topic tag ("News", "Middle East"): one or two bare words."""
    return bool(_LABEL.match(line)) and len(line.split()) <= 2


def _read_header(paragraphs: list[str]) -> tuple[list[str], _Date | None, dict[str, str]]:
    """Remove leading datelines and header lines; return the date and header fields found."""
    found: _Date | None = None
    fields: dict[str, str] = {}
    out: list[str] = []
    zone = True
    for i, para in enumerate(paragraphs):
        if zone and (i >= HEADER_ZONE or (out and len(para) > 150 and looks_like_sentence(para))):
            zone = False
        whole = dates.whole_line_dateline(para) if i < HEADER_ZONE else None
        if not zone:
            # A line that is nothing but a date, under a standfirst and a byline, is still the
            # page's dateline ("Friday 21 January 2022 16:42, UK" after two header paragraphs).
            if whole and found is None:
                found = _Date(whole.date, whole.precision, "header")
            else:
                out.append(para)
            continue
        if whole:
            found = found or _Date(whole.date, whole.precision, "header")
            continue
        if not out and found is None:
            # A dateline glued to the start of the first paragraph ("Wed 05 Apr 2017 Title. ...").
            lead = dates.leading_dateline(para)
            if lead:
                rest = _LEAD_PUNCT.sub("", para[lead.end :])
                if rest:
                    found = _Date(lead.date, lead.precision, "header")
                    out.append(rest)
                    continue
            # "TOWN, ST (August 2, 2015): ...": the date goes, the place stays.
            placed = dates.place_dateline(para)
            if placed:
                found = _Date(placed.date, placed.precision, "header")
                out.append(para[: placed.start].rstrip() + para[placed.end :])
                continue
        if len(para) <= 150 and _HEADER_LINE.search(para) and not para.endswith("."):
            hit = dates.search_date(para)
            if hit:
                found = found or _Date(hit.date, hit.precision, "header")
                continue
        m = _HEADER_FIELD.match(para)
        if m and not is_url(m["v"]):
            fields.setdefault("outlet", m["v"].strip())
            continue
        m = _URL_LINE.match(para)
        if m:
            fields.setdefault("url", m["v"])
            continue
        out.append(para)
    return out, found, fields


def _split_title(
    paragraphs: list[str], title: str | None
) -> tuple[str | None, list[str], _Date | None]:
    """Find the title and separate it from the body; a dateline right after it is read too."""
    after_date: _Date | None = None
    if title:
        title = " ".join(title.split())
        # the title forms and their words, worked out once for the paragraphs tried
        variants = [(c, _WORDS.findall(c.casefold())) for c in _title_variants(title)]
        for i, para in enumerate(paragraphs[:3]):
            rest = None
            for candidate, want in variants:
                rest = _strip_prefix(para, candidate, want)
                if rest is not None:
                    title = candidate
                    break
            if rest is None:
                continue
            # Labels before the title ("News") go; the title line is rebuilt below.
            body = paragraphs[i + 1 :]
            if rest:
                # "<title> AFP Friday 15 Jul 2016 ...": a dateline right after the title, or a
                # wire dateline after a standfirst.
                hit = dates.dateline_after(rest, 0) or dates.wire_dateline(rest)
                if hit:
                    after_date = _Date(hit.date, hit.precision, "header")
                    joined = f"{rest[: hit.start].rstrip()} {rest[hit.end :].lstrip()}"
                    rest = _LEAD_PUNCT.sub("", joined.strip())
                body = ([rest] if rest else []) + body
            lead = paragraphs[:i]
            if not all(_is_label(p) for p in lead):
                body = lead + body
            return title, body, after_date
        return title, paragraphs, None
    # No title given: the first line when it reads like a headline, section labels skipped.
    start = 0
    while (
        start < min(2, len(paragraphs) - 2)
        and _is_label(paragraphs[start])
        and looks_like_headline(paragraphs[start + 1], min_words=3)
    ):
        start += 1
    if len(paragraphs) - start >= 2 and looks_like_headline(paragraphs[start], min_words=2):
        if len(paragraphs[start].split()) >= 2 and not looks_like_sentence(paragraphs[start]):
            return paragraphs[start], paragraphs[start + 1 :], None
    return None, paragraphs, None


def _drop_tags(body: list[str]) -> list[str]:
    """Topic tags directly under the title ("Israel", "Syria") before the first real line."""
    i = 0
    while i < min(len(body) - 1, 6) and _is_label(body[i]):
        i += 1
    return body[i:]


def _latest_post(posts: list[dt.date], crawled: dt.date | None) -> dt.date | None:
    """The latest of the embedded posts' dates (``dates.embedded_post_dates``), not after the
    page was crawled."""
    found = [d for d in posts if crawled is None or d <= crawled]
    return max(found) if found else None


def _earlier_page_date(own: _Date, given: _Date) -> bool:
    """``own`` (read from the page) is a day before ``given``, and not a numeric date read
    the wrong way round ("10.07.2015" read as 10 July on a page given 7 October)."""
    if own.precision != "day" or given.precision != "day" or not own.date < given.date:
        return False
    d = own.date
    if d.day <= 12 and d.day != d.month:
        swapped = dt.date(d.year, d.day, d.month)
        if d < swapped <= given.date:
            return False
    return True


def _field_date(value: object) -> _Date | None:
    parsed = dates.parse_field_date(value)
    return _Date(parsed[0], parsed[1], "field") if parsed else None


def make_doc(
    id: str,
    raw_text: str,
    *,
    title: str | None = None,
    published: str | dt.date | None = None,
    outlet: str | None = None,
    url: str | None = None,
    html: bool = False,
    source_path: str | None = None,
    notes: list[str] | None = None,
) -> Doc:
    """Build a cleaned :class:`Doc` from raw strings.

    ``raw_text`` is plain text, or an HTML page when ``html`` is true. ``outlet`` may be a name
    or a URL (also a web.archive.org wrapper): then the outlet is the original site's registered
    domain and ``Doc.url`` the original URL. ``notes`` (e.g. a decoding fallback) are kept as
    zero-width spans in the ``"ingest"`` layer. Raises :class:`EmptyDocument` when no article
    text is left after cleanup.
    """
    html_meta = None
    if html:
        html_meta = extract_html(raw_text)
        raw_text = html_meta.text
        title = title or html_meta.title
    cleaned = clean_lines(split_lines(normalise(raw_text)))
    paragraphs = cleaned.paragraphs
    # the dates of the social posts the page embeds (their attribution lines, which cleanup
    # removed): read once, used below as a page date and as a publication date
    posts = dates.embedded_post_dates(cleaned.removed)
    paragraphs, header_date, fields = _read_header(paragraphs)
    if title is not None and not title.strip():
        title = None
    title, body, after_title_date = _split_title(paragraphs, title)
    header_date = header_date or after_title_date
    if header_date is None:
        # photo credit lines, which cleanup removed, may end with the page's day
        credited = dates.credit_line_date(cleaned.removed)
        if credited is not None:
            header_date = _Date(credited, "day", "photo-credit")
    if title and body:
        body = _drop_tags(body)
    if not body and not title:
        raise EmptyDocument("no article text after cleanup")

    # ---- outlet and URL
    info = None
    outlet_name: str | None = None
    if outlet and outlet.strip():
        if is_url(outlet):
            info = unwrap_url(outlet)
        else:
            outlet_name = " ".join(outlet.split())
    if info is None and url:
        info = unwrap_url(url)
    if info is None and fields.get("url"):
        info = unwrap_url(fields["url"])
    if info is None and html_meta and html_meta.url:
        info = unwrap_url(html_meta.url)
    if outlet_name is None:
        outlet_name = (info.domain if info else None) or fields.get("outlet")
        if outlet_name is None and html_meta and html_meta.sitename:
            outlet_name = html_meta.sitename

    # ---- publication date, in priority order
    pub = _field_date(published) if published is not None else None
    page_date: _Date | None = None
    if pub is not None:
        # A page's own dateline, or the posts it embeds, earlier than the date given with it:
        # the given one was likely a crawl or re-post date (scraped corpora give the crawl
        # day). The given date stays the document's; the page's anchors its "on Monday".
        latest = _latest_post(posts, None)
        own = header_date or (_Date(latest, "day", "embedded-post") if latest else None)
        if own is not None and _earlier_page_date(own, pub):
            page_date = own
    posted = dates.post_date(info.url) if pub is None and info is not None else None
    if posted is not None:
        pub = _Date(posted, "day", "url")
    pub = pub or header_date
    if pub is None and info is not None:
        from_url = dates.url_date(info.url)
        if from_url:
            pub = _Date(from_url[0], from_url[1], "url")
    estimate = pub is not None and pub.precision == dates.POST_NUMBER_PRECISION
    if (pub is None or estimate) and html_meta and html_meta.date:
        pub = _Date(html_meta.date, "day", "html-meta")
        estimate = False
    if pub is None or pub.precision != "day":
        # The posts a page embeds date it from below, usually to the day: better than a
        # crawl timestamp, and than a dated path that names only the month they fall in.
        embedded = _latest_post(posts, info.archive_date if info else None)
        same_month = pub is not None and pub.precision == "month" and (
            (embedded.year, embedded.month) == (pub.date.year, pub.date.month) if embedded else False)
        if embedded and (pub is None or same_month or estimate):
            pub = _Date(embedded, "day", "embedded-post")
    if pub is None and info is not None and info.archive_date:
        pub = _Date(info.archive_date, "day", "archive-timestamp")

    text = "\n\n".join(([title] if title else []) + body)
    body_start = len(title) + 2 if title else 0
    doc = Doc(
        id=id,
        text=text,
        title=title,
        outlet=outlet_name,
        url=info.url if info else None,
        published=pub.date if pub else None,
        published_precision=pub.precision if pub else None,
        published_source=pub.source if pub else None,
        language=detect_language(text[body_start:]),
        source_path=source_path,
    )
    for note in notes or []:
        doc.add(NOTES_LAYER, Span(0, 0, "note", "", {"message": note}))
    if page_date is not None:
        doc.add(NOTES_LAYER, Span(0, 0, PAGE_DATE, "", {"date": page_date.date.isoformat(),
                                                         "source": page_date.source}))
    return doc
