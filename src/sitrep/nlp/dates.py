"""Date expressions: find them, resolve them against the publication date, pick an event's date.

Regular expressions, compiled once, find absolute dates ("31 December 2019", "Dec. 31,
2019", "31/12/2019", "2019-12-31"), month and year mentions ("in March 2019", "in 2017",
"since 2015"), relative ones ("on Saturday", "yesterday", "last night", "over the
weekend", "the past three weeks") and holidays ("on Christmas Eve", "the MLK Day shooting",
the latest on or before publication; the list is in ``lexicons/dates.yaml``). Relative expressions need ``doc.published``; without it they
are kept as spans with ``start``/``end`` ``None`` so later components can still see them.
``dateparser`` is only tried on the rare candidate that the patterns find but cannot read
("the third of May"): calling it per token would cost more than the whole pipeline budget.

Layer ``dates``, label ``date``; attrs:
    start, end      ISO dates, inclusive (None when unresolvable)
    precision       "day" | "week" | "month" | "year"
    relative        True when the expression is relative to the publication date
    anchor_used     True when resolving it needed the publication date (or, without one,
                    a year borrowed from another date of the same document: year_inferred)
    kind            "point" | "range" | "since" | "background-year" | "period" | "future"
                    ("later this week", a weekday that names the day after publication, a
                    "September 8" up to 45 days after it) |
                    "stamp" (a page stamp: "Updated: Tuesday, June 23, 2015", "FOR IMMEDIATE
                    RELEASE", a "Related articles" link's date; without a publication date, the
                    day the news came, "On 3 May 2019, it was reported that", when the sentence
                    dates the event itself: it anchors that sentence's "last week") |
                    "background" (a holiday without a year, months before publication)
    duration        True for a period told by its length ("the past three weeks", "recent
                    days"), not a week, month or year named ("earlier this month")
    approx          True after "around", "on or about", "on or before"
    overnight       True for "the night of 23 to 24 May" and "overnight" (the event is dated
                    by the range's second day, the 24th / the publication day)

Anchors: ``doc.published``, except a crawl date (``published_source`` "archive-timestamp")
or a month- or year-precision one, which only bound the year of a "12 June" from above (a
named weekday, the year the text gives that month elsewhere, or the latest year it writes out
then picks the year); without a publication date, a date in the address (``date_from_url``: a
dated path, a Twitter/X post id, a slug such as "...-on-january-20") stands in for it, and a
dated path earlier than the given date replaces it (the given one is then a crawl or re-post
date), and so does the page's own dateline or embedded post date that ingest keeps beside a later
given date (a ``page_date`` span of the ``"ingest"`` layer). A yearless day under a crawl date
takes the year of the text's latest full date, or the next year when that puts it nearer. A
numeric "12/5/22" whose day-first reading lies months before publication takes the month-first
reading that falls just before it. A publication day estimated from a post number
(``published_precision`` "estimate") may be a few days early or late: a bare weekday is the
nearest such day to it, ahead or back, and an event may be dated up to those days after it. A
"Mar. 13" without a year in a text that writes "March 13, 2013" out elsewhere is that day when
2013 is the publication year or the one before.
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import re
import threading
from functools import lru_cache
from typing import Any

import ahocorasick

from sitrep.doc import DATES, NUMBERS, SENTENCES, TRIGGERS, Doc, Span
from sitrep.ingest.dates import POST_NUMBER_PRECISION
from sitrep.nlp.actors import FOLD_ODD, lower_same_length
from sitrep.nlp.numbers import CASUALTY_LABELS
from sitrep.nlp.regex_guard import guarded
from sitrep.nlp.resources import load_yaml
from sitrep.nlp.triggers import usable

# ACLED time_precision: 1 day, 2 week, 3 month (year-only dates are coarser than ACLED allows
# and are reported as 3 as well).
_TIME_PRECISION = {"day": 1, "week": 2, "month": 3, "year": 3}


def _alt(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


class _Lexicon:
    """Word lists from ``lexicons/dates.yaml`` and the regular expressions built from them."""

    def _holiday_alt(self, data: dict[str, Any]) -> str:
        """The holiday names as one alternation ("mother's day" also as "mothers day"); fills
        ``holiday_of`` (normalised name -> rule) and ``holiday_anchors`` (first words)."""
        self.holiday_of: dict[str, tuple[str, tuple[int, ...]]] = {}
        for name, md in data["fixed"].items():
            self.holiday_of[name] = ("fixed", tuple(md))
        for name, rule in data["nth_weekday"].items():
            self.holiday_of[name] = ("nth", tuple(rule))
        for name in data["easter"]:
            self.holiday_of[name] = ("easter", ())
        self.holiday_after_on = set(data.get("after_on_only", []))
        # each name's longest word, with and without a final "s" ("mother's" ~ "mothers")
        self.holiday_anchors: set[str] = set()
        for name in self.holiday_of:
            word = max(re.findall(r"[a-z]+", name.replace("'s", "")), key=len)
            self.holiday_anchors.update({word, word + "s"})
        forms = []
        for name in sorted(self.holiday_of, key=len, reverse=True):
            rx = re.escape(name).replace(r"\ ", r"\s+").replace("'", "['’]?").replace(r"\.", r"\.?")
            forms.append(rx)
        return "|".join(forms)

    def holiday(self, phrase: str, year: int) -> dt.date | None:
        """The day of holiday ``phrase`` (as matched) in ``year``."""
        key = re.sub(r"\s+", " ", phrase.lower()).replace("’", "'")
        rule = self.holiday_of.get(key)
        if rule is None:  # an apostrophe or a dot left out
            for name, r in self.holiday_of.items():
                if name.replace("'", "").replace(".", "") == key.replace("'", "").replace(".", ""):
                    rule = r
                    break
        if rule is None:
            return None
        kind, args = rule
        if kind == "fixed":
            return dt.date(year, args[0], args[1])
        if kind == "easter":
            return _easter(year)
        month, weekday, n = args
        if n > 0:
            first = dt.date(year, month, 1)
            return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
        last = dt.date(year, month, _days_in(year, month))
        return last - dt.timedelta(days=(last.weekday() - weekday) % 7)

    def __init__(self) -> None:
        data = load_yaml("lexicons/dates.yaml")
        self.month_of: dict[str, int] = {
            w: int(m) for m, words in data["months"].items() for w in words
        }
        self.weekday_of: dict[str, int] = {
            w: int(d) for d, words in data["weekdays"].items() for w in words
        }
        self.relative_days: dict[str, tuple[int, int]] = {
            k: (int(v[0]), int(v[1])) for k, v in data["relative_days"].items()
        }
        self.small_numbers: dict[str, int] = dict(data["small_numbers"])
        self.dmy = data.get("numeric_date_order", "dmy") == "dmy"
        parts = _alt(data["day_parts"])
        # A dot may follow an abbreviation ("Dec.") but is not part of a full name ("March.").
        full = [w for w in self.month_of if len(w) > 4 or w in ("may", "june", "july")]
        abbr = [w for w in self.month_of if w not in full]
        month = rf"(?P<mon>{_alt(full)}|(?:{_alt(abbr)})\.?)"
        month2 = month.replace("?P<mon>", "?P<mon2>")
        # Full weekday names only: "Sun", "Sat", "Wed" are ordinary words too often.
        full_days = [w for w in self.weekday_of if len(w) > 4]
        weekday = rf"(?P<wd>{_alt(full_days)})"
        day = r"(?P<d>[0-3]?\d)(?:st|nd|rd|th)?"
        day2 = r"(?:\s*(?:-|–|to|and|&|/)\s*(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?)?"
        year = r"(?P<y>(?:19|20)\d\d)"
        approx = r"(?P<approx>(?:on or )?(?:around|about|before|after)\s+|on or (?:around|about|before|after)\s+|circa\s+)?"
        wd_prefix = rf"(?:(?P<wd>{_alt(full_days)}),?\s+)?"
        # "2 February، 2022": an Arabic comma before the year is common in Syrian outlets
        ysep = r"(?:\s*[,،]\s*|\s+)"
        flags = re.IGNORECASE
        # Order matters only for ties; longer matches win overlaps.
        self.patterns: list[tuple[str, re.Pattern[str]]] = [
            ("iso", re.compile(r"\b(?P<y>(?:19|20)\d\d)-(?P<m>[01]?\d)-(?P<d>[0-3]?\d)\b")),
            (
                "numeric",
                re.compile(r"(?<![\d/.-])(?P<a>[0-3]?\d)[/.-](?P<b>[0-3]?\d)[/.-](?P<y>(?:19|20)\d\d|\d\d)(?![\d/])"),
            ),
            (
                "mdy",
                re.compile(
                    rf"\b{approx}{wd_prefix}{month}\s+{day}{day2}(?!\d|:|\s*(?:%|am\b|pm\b|a\.m|p\.m))(?:{ysep}{year}\b)?",
                    flags,
                ),
            ),
            (
                "dmy",
                re.compile(
                    rf"\b{approx}{wd_prefix}(?:the\s+)?(?:(?P<night>night)\s+of\s+(?:the\s+)?)?{day}{day2}(?:\s+of)?\s+{month}(?:{ysep}{year}\b)?",
                    flags,
                ),
            ),
            (
                "dmy_cross",  # "30 November to 2 December 2019", "30 Nov - 2 Dec"
                re.compile(
                    rf"\b{day}\s+{month}\s*(?:-|–|to|and)\s*(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?\s+{month2}(?:{ysep}{year}\b)?",
                    flags,
                ),
            ),
            (
                "month_year",
                re.compile(
                    rf"\b(?P<pre>(?:since|in|during|from|until|by|throughout|of)\s+|(?:early|late|mid|end of|the end of|beginning of|the beginning of)[\s-]+)?(?P<mod>early|late|mid)?[\s-]*{month}{ysep}{year}\b",
                    flags,
                ),
            ),
            (
                "month",
                re.compile(
                    rf"\b(?P<pre>since|in|during|early|late|mid|earlier in|last|this|until|of)[\s-]+{month}(?!\s*[\d,]|\.\s*\d)\b",  # not "early Jan" of "early Jan. 3"
                    flags,
                ),
            ),
            (
                "year",
                re.compile(
                    rf"\b(?P<pre>since|in|during|from|until|by|throughout|early|late|mid|the year|of|the end of|end of|before)[\s-]+(?:the\s+)?(?:year\s+)?{year}\b(?!\s*[-–]\s*\d)",
                    flags,
                ),
            ),
            (
                "weekday",
                re.compile(
                    rf"\b(?P<mod>on|last|this|early|late|past|previous|since)?\s*(?:the\s+night\s+of\s+)?{weekday}(?:\s+(?P<part>{parts}))?\b(?!,?\s+(?:[0-3]?\d\b|the\s+[0-3]?\d|{month}))",
                    flags,
                ),
            ),
            (
                "reldays",
                re.compile(
                    rf"\b(?P<rel>{_alt(list(self.relative_days))})\b(?:\s+(?P<part>{parts}))?",
                    flags,
                ),
            ),
            (
                "yesterday_part",
                re.compile(rf"\b(?:early\s+|late\s+)?yesterday(?:\s+(?P<part>{parts}))?\b", flags),
            ),
            (
                "ago",
                re.compile(
                    r"\b(?P<n>\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|few|several)\s+(?P<unit>day|week|month|year)s?\s+ago\b",
                    flags,
                ),
            ),
            (
                "period",
                re.compile(
                    r"\b(?P<per>(?:over|during|at|on|in)\s+the\s+(?:past\s+|last\s+)?weekend|this\s+weekend|last\s+weekend"
                    r"|(?:earlier\s+|later\s+)?(?:this|last|the\s+past|the\s+previous|past)\s+(?:week|month|year)"
                    r"|earlier\s+in\s+the\s+(?:week|month|year)"
                    r"|(?:(?:in|over|during|for|within)\s+)?the\s+(?:past|last|previous)\s+(?P<n>\d{1,2}|a|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|few|several)\s+(?P<unit>day|week|month|year)s?"
                    r"|(?:in\s+)?recent\s+(?:days|weeks))\b",
                    flags,
                ),
            ),
            (
                "ordinal_words",  # rare; handed to dateparser
                re.compile(
                    rf"\bthe\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+of\s+{month}(?:,?\s+{year})?",
                    flags,
                ),
            ),
            (
                "holiday",  # "on Christmas Eve", "the Fourth of July", "Thanksgiving night"
                re.compile(rf"\b(?P<on>on\s+)?(?P<hol>{self._holiday_alt(data['holidays'])})(?:,?\s+{year})?\b", flags),
            ),
        ]
        # behind first-character guards: the same matches, scanned about twice as fast
        self.patterns = [(name, guarded(rx)) for name, rx in self.patterns]
        self.by_name = dict(self.patterns)
        # Words a match of the pattern always contains: a window of text without any of them
        # cannot hold a match, so the (costly) scan of the window is skipped. The relative
        # patterns share their windows with "year", "day", "week" anchors, which are in every
        # report ("a 17-year-old"), while "ago" or "yesterday" are rare.
        self.needs: dict[str, tuple[str, ...]] = {
            "ago": ("ago",),
            "yesterday_part": ("yesterday",),
            # each relative-day phrase contains its own longest word
            "reldays": tuple({max(k.lower().split(), key=len) for k in self.relative_days}),
        }
        self.patterns_for = {
            "holiday": ["holiday"],
            "month": ["mdy", "dmy", "dmy_cross", "month_year", "month", "ordinal_words"],
            "weekday": ["weekday"],
            "rel": ["reldays", "yesterday_part", "ago", "period"],
            "digit": ["iso", "numeric", "year"],
        }
        # word -> the kinds of pattern it opens a window for (a word may serve several:
        # "morning" for "this morning" and "Easter morning")
        kinds_of: dict[str, list[str]] = {}
        for kind, words in (("month", self.month_of), ("weekday", full_days),
                            ("rel", data["anchor_words"]), ("holiday", sorted(self.holiday_anchors))):
            for w in words:
                if kind not in kinds_of.setdefault(w, []):
                    kinds_of[w].append(kind)
        self.anchors = ahocorasick.Automaton()
        for w, kinds in kinds_of.items():
            self.anchors.add_word(w, (tuple(kinds), len(w)))
        self.anchors.make_automaton()
        # Dates written with digits only: a year, or d/m/y and y-m-d forms.
        self.digit_anchor = re.compile(r"(?:19|20)\d\d|\d[/.-]\d")
        self.since_re = re.compile(r"\bsince\s+(?:the\s+(?:start|beginning|end)\s+of\s+)?$", flags)
        # What a date times: the incident ("shot Tuesday", "at 2 a.m. Sunday") or a later
        # step of the story ("arrested Tuesday", "said Friday"); see _cue().
        # One Aho-Corasick pass finds the cue words (a regex alternation of a hundred words
        # costs ten times more); values: (kind 0 event / 2 report, length, any ending).
        self.cue_words = ahocorasick.Automaton()
        for kind, key in ((0, "event_cues"), (2, "report_cues")):
            for w in data[key]:
                stem = w.rstrip("*").lower()
                self.cue_words.add_word(stem, (kind, len(stem), w.endswith("*")))
        self.cue_words.make_automaton()
        # Words of a title that names a later step of a story ("Man sentenced in ...").
        self.follow_up_words = ahocorasick.Automaton()
        for w in data["follow_up_title_cues"]:
            stem = w.rstrip("*").lower()
            self.follow_up_words.add_word(stem, (len(stem), w.endswith("*")))
        self.follow_up_words.make_automaton()
        self.clock = re.compile(r"\b\d{1,2}(?:[:.]\d\d)?\s*[ap]\.?m\b\.?|\bmidnight\b", flags)


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    return _Lexicon()


def _easter(year: int) -> dt.date:
    """Western Easter Sunday (the anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    ell = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ell) // 451
    month = (h + ell - 7 * m + 114) // 31
    day = (h + ell - 7 * m + 114) % 31 + 1
    return dt.date(year, month, day)


# "a Halloween party", "Thanksgiving weekend": the holiday names an occasion, not its day
_OCCASION = re.compile(
    r"['’]?s?\s+(?:part(?:y|ies)|weekend|holiday|costume|celebrations?|parade|festival|festivities|"
    r"dinner|gathering|break|season|shopping|travel)\b",
    re.IGNORECASE,
)
# A holiday without a year this long before publication is background ("since last Easter").
_HOLIDAY_BACK_DAYS = 60


# A day-and-month without a year up to this many days after publication is a day to come.
_AHEAD_DAYS = 45


def _days_in(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def _safe_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def _before(y: int, m: int, d: int, day: dt.date) -> bool:
    """The day ``y-m-d`` exists and is not after ``day``."""
    cand = _safe_date(y, m, d)
    return cand is not None and cand <= day


def _full_year(y: int) -> int:
    return y + (2000 if y < 50 else 1900) if y < 100 else y


# Page stamps in the body (the header ones are removed at ingest): the word and the date.
_ABSOLUTE = frozenset({"iso", "numeric", "mdy", "dmy"})
_STAMP_BEFORE = re.compile(
    r"(?:\b(?:posted|updated|published|last\s+modified|modified|last\s+updated|created|for\s+immediate\s+release"
    r"|related\s+(?:articles|stories|news|posts))\s*(?:at|on)?\s*:?\s*)$",
    re.IGNORECASE,
)


_BORN_BEFORE = re.compile(r"\b(?:born|birth|b\.)\s*(?:on\s+|in\s+)?:?\s*$", re.IGNORECASE)
# "On 3 May 2019, it was reported that ...": the day the news came, not the event's, when
# the sentence goes on to date the event itself ("last week", "on 28 April").
_REPORTED_AFTER = re.compile(
    r"\s*,?\s*(?:it\s+(?:was|has\s+been|had\s+been)\s+(?:reported|announced|revealed|confirmed)"
    r"|it\s+emerged|(?:media|local|news|press)\s+reports?\s+(?:said|indicated|stated))\b",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")


class DateTagger:
    """Adds the ``dates`` layer (see the module docstring for the attributes)."""

    def __init__(self) -> None:
        self.lex = _lexicon()

    # ----------------------------------------------------------------- matching
    def __call__(self, doc: Doc) -> Doc:
        text = doc.text
        found: list[tuple[int, int, str, re.Match[str]]] = []
        seen: set[tuple[int, int]] = set()
        needs = self.lex.needs
        # same-length lower case for the word pre-check; not sound where a character that a
        # case-insensitive pattern folds oddly occurs ("ı" ~ "i", "ſ" ~ "s")
        low = None if any(c in text for c in FOLD_ODD) else lower_same_length(text)
        for name, (ws, we) in self._windows(text):
            need = needs.get(name)
            if need is not None and low is not None:
                window = low[ws:we]
                if not any(w in window for w in need):
                    continue
            for m in self.lex.by_name[name].finditer(text, ws, we):
                if m.end() > m.start() and (m.start(), m.end(), name) not in seen:
                    seen.add((m.start(), m.end(), name))  # type: ignore[arg-type]
                    found.append((m.start(), m.end(), name, m))
        # Longest first, then earliest: keep non-overlapping matches.
        found.sort(key=lambda f: (-(f[1] - f[0]), f[0]))
        taken: list[tuple[int, int]] = []
        kept: list[tuple[int, int, str, re.Match[str]]] = []
        for f in found:
            if any(f[0] < e and s < f[1] for s, e in taken):
                continue
            taken.append((f[0], f[1]))
            kept.append(f)
        kept.sort(key=lambda f: f[0])
        doc.layers[DATES] = []
        # A year to borrow for "13 October" when the document has no publication date.
        pub, bound = anchor_dates(doc)
        year_hint, hint_day = self._year_hint(kept, bound)
        month_years = self._month_years(kept)
        around = estimate_slack(doc, pub) > 0
        report_day: dt.date | None = None  # a "On 3 May, it was reported that" day
        report_end = -1
        for start, end, name, m in kept:
            if report_day is not None and start >= report_end:
                report_day = None
            attrs = self._resolve(
                name, m, pub or report_day, year_hint, text, bound, month_years, hint_day, around
            )
            if attrs is None:
                continue
            if (
                pub is None and report_day is None and name in _ABSOLUTE and attrs.get("precision") == "day"
                and attrs.get("start") and attrs.get("kind") == "point"
                and _REPORTED_AFTER.match(text, end, end + 40)
            ):
                # without a publication date, the day the news came anchors the sentence's
                # "last week" and "on Monday"; it times the report, not the event, when the
                # sentence dates the event itself
                sentence_end = _SENTENCE_END.search(text, end)
                report_end = sentence_end.start() if sentence_end else len(text)
                if any(start2 >= end and start2 < report_end for start2, *_ in kept):
                    report_day = dt.date.fromisoformat(attrs["start"])
                    attrs["kind"] = "stamp"
            if name in _ABSOLUTE and _STAMP_BEFORE.search(text, max(0, start - 30), start):
                # "Updated: Tuesday, June 23, 2015 9:15 AM", "(Published Wednesday, Jan. 4,
                # 2017)": when the page changed, never when the incident happened
                attrs["kind"] = "stamp"
            elif name in _ABSOLUTE and _BORN_BEFORE.search(text, max(0, start - 20), start):
                attrs["kind"] = "background"  # "born January 15, 1947": a life, not the incident
            # Span() directly: the attrs "start"/"end" would clash with Doc.span's arguments.
            doc.add(DATES, Span(start, end, "date", text[start:end], attrs))
        return doc

    def _windows(self, text: str) -> list[tuple[str, tuple[int, int]]]:
        """Small stretches of text worth running each pattern on.

        Scanning a 3,000-character article with a dozen case-insensitive patterns costs
        several milliseconds; finding anchor words with one Aho-Corasick pass over the
        lower-cased text and searching only the ~100 characters around each costs a tenth.
        """
        lex = self.lex
        low = text.lower()
        n = len(text)
        # The patterns of one kind share their windows: collect and merge them once per kind
        # (kinds in order of first appearance, as the order of equal matches depends on it).
        spans: dict[str, list[tuple[int, int]]] = {}
        for last, (kinds, wlen) in lex.anchors.iter(low):
            start = last - wlen + 1
            if (start > 0 and low[start - 1].isalnum()) or (last + 1 < n and low[last + 1].isalpha()):
                continue
            for kind in kinds:
                spans.setdefault(kind, []).append((max(0, start - 50), min(n, last + 1 + 40)))
        for m in lex.digit_anchor.finditer(text):
            spans.setdefault("digit", []).append((max(0, m.start() - 50), min(n, m.end() + 20)))
        out: list[tuple[str, tuple[int, int]]] = []
        for kind, windows in spans.items():
            windows.sort()
            merged: list[tuple[int, int]] = []
            cur_s, cur_e = windows[0]
            for ws, we in windows[1:]:
                if ws <= cur_e:
                    cur_e = max(cur_e, we)
                else:
                    merged.append((cur_s, cur_e))
                    cur_s, cur_e = ws, we
            merged.append((cur_s, cur_e))
            for name in lex.patterns_for[kind]:
                out.extend((name, w) for w in merged)
        return out

    def _year_hint(
        self, kept: list[tuple[int, int, str, re.Match[str]]], bound: dt.date | None = None
    ) -> tuple[int | None, dt.date | None]:
        """The year a "13 October" without one most likely belongs to: the latest year of
        the text's full dates ("5 May 2022", "in March 2022"), not after the crawl date.
        Reports look back at earlier years far more often than ahead. A date that opens a
        period ("since 15 July 2016", "since May 2019") says when a long story began, not
        when the page was written: it gives no hint.

        Also returns the latest of those full dates (a month's middle for "March 2022"): a
        "Jan. 2" after "in December 2022" is the January that follows it (see _year_for)."""
        days: list[dt.date] = []
        for _, _, name, m in kept:
            g = m.groupdict()
            if name not in ("iso", "mdy", "dmy", "dmy_cross", "month_year") or not g.get("y"):
                continue
            if self._opens_period(m):
                continue
            y = int(g["y"])
            if bound is not None and y > bound.year:
                continue
            try:
                mon = int(g["m"]) if name == "iso" else self._month(g["mon"])
                day = _safe_date(y, mon, 15 if name == "month_year" else min(int(g["d"]), _days_in(y, mon)))
            except (KeyError, TypeError, ValueError, IndexError):
                day = None
            days.append(day or dt.date(y, 1, 1))
        if not days:
            return None, None
        year = max(d.year for d in days)
        return year, max(days)

    def _opens_period(self, m: re.Match[str]) -> bool:
        """"since 15 July 2016", "since the start of 2019": the match opens a period."""
        g = m.groupdict()
        if (g.get("pre") or "").lower().startswith("since") or (g.get("mod") or "").lower() == "since":
            return True
        return bool(self.lex.since_re.search(m.string, max(0, m.start() - 40), m.start()))

    def _month_years(self, kept: list[tuple[int, int, str, re.Match[str]]]) -> dict[Any, int]:
        """Month -> year, for the months the text dates with a year ("the June 2013 shooting",
        "June 3, 2013"), when it gives that month only one year: a later bare "June 15" is
        most likely the same June. Also (month, day) -> year for the days it writes out with
        a year ("March 13, 2013"), when it gives that day only one: a bare "Mar. 13" elsewhere
        is the same day, whatever the publication year."""
        seen: dict[Any, set[int]] = {}
        for _, _, name, m in kept:
            if name in ("mdy", "dmy", "month_year") and m.groupdict().get("y") and not self._opens_period(m):
                mon, y = self._month(m.group("mon")), int(m.group("y"))
                seen.setdefault(mon, set()).add(y)
                if name != "month_year" and not m.groupdict().get("d2"):
                    seen.setdefault((mon, int(m.group("d"))), set()).add(y)
        return {key: next(iter(ys)) for key, ys in seen.items() if len(ys) == 1}

    # --------------------------------------------------------------- resolving
    def _month(self, word: str) -> int:
        return self.lex.month_of[word.lower().rstrip(".")]

    def _resolve(
        self,
        name: str,
        m: re.Match[str],
        pub: dt.date | None,
        year_hint: int | None,
        text: str,
        bound: dt.date | None = None,
        month_years: dict[Any, int] | None = None,
        hint_day: dt.date | None = None,
        around: bool = False,
    ) -> dict[str, Any] | None:
        """``around``: ``pub`` is only an estimate of the day (read from a post number), as
        likely a few days early as late: a bare weekday is then its nearest such day."""
        g = m.groupdict()
        before = text[max(0, m.start() - 40) : m.start()]
        since = bool(self.lex.since_re.search(before)) or (g.get("pre") or "").lower().startswith(
            "since"
        ) or (g.get("mod") or "").lower() == "since"
        approx = bool(g.get("approx"))
        out: dict[str, Any] = {
            "start": None,
            "end": None,
            "precision": "day",
            "relative": False,
            "anchor_used": False,
            "kind": "point",
            "approx": approx,
        }
        start: dt.date | None = None
        end: dt.date | None = None

        if name == "iso":
            start = end = _safe_date(int(g["y"]), int(g["m"]), int(g["d"]))
            if start is None:
                return None
        elif name == "numeric":
            a, b, y = int(g["a"]), int(g["b"]), _full_year(int(g["y"]))
            if a > 12 or (self.lex.dmy and b <= 12):
                d, mo = a, b
            else:
                mo, d = a, b
            start = end = _safe_date(y, mo, d)
            other = _safe_date(y, d, mo) if a <= 12 and b <= 12 and a != b else None
            if other is not None and pub is not None and other <= pub and (
                start is None or start > pub or (pub - other).days < 60 <= (pub - start).days
            ):
                # "12/6/16" in a page published on 6 December 2016: the reading that falls on
                # or before publication, and nearest to it, is the one the outlet meant
                start = end = other
            if start is None:
                return None
        elif name in ("mdy", "dmy", "dmy_cross", "ordinal_words"):
            if name == "ordinal_words":
                return self._fallback(m.group(0), pub, out)
            mon = self._month(g["mon"])
            mon2 = self._month(g["mon2"]) if g.get("mon2") else mon
            d1 = int(g["d"])
            d2 = int(g["d2"]) if g.get("d2") else None
            # "May 5" with a lower-case "may" is the verb ("may 5 ..."): require a capital.
            if g["mon"][0].islower() and not g.get("y"):
                return None
            if not 1 <= d1 <= 31 or (d2 is not None and not 1 <= d2 <= 31):
                return None
            written = (month_years or {}).get((mon, d1)) if d2 is None else None
            if g.get("y"):
                y = int(g["y"])
            elif written is not None and pub is not None and pub.year - written <= 1 and _before(written, mon, d1, pub):
                # "Mar. 13" in a June 2014 page that writes "March 13, 2013" out elsewhere:
                # that day, not the March 13 just past (years apart, the same day and month
                # are a coincidence: "born June 13, 2003")
                y = written
                out.update(relative=False)
            else:
                wd = self.lex.weekday_of.get((g.get("wd") or "").lower()) if name != "dmy_cross" else None
                y, used, inferred = self._year_for(mon, d1, pub, year_hint, bound, wd, month_years, hint_day)
                if y is None:
                    out.update(relative=True)
                    return out
                ahead = _safe_date(pub.year, mon, min(d1, _days_in(pub.year, mon))) if pub else None
                if (
                    pub is not None and ahead is not None and 0 < (ahead - pub).days <= _AHEAD_DAYS
                    and (wd is None or ahead.weekday() == wd)
                ):
                    # "a hearing is scheduled for September 8" in a page of 31 August: a day
                    # to come this year, not the 8th of September a year before
                    out.update(start=ahead.isoformat(), end=ahead.isoformat(), kind="future", anchor_used=True)
                    return out
                out.update(anchor_used=used, relative=False)
                if inferred:
                    out["year_inferred"] = True
            start = _safe_date(y, mon, min(d1, _days_in(y, mon)))
            if d2 is not None:
                y2 = y + 1 if mon2 < mon else y
                end = _safe_date(y2, mon2, min(d2, _days_in(y2, mon2)))
                if end is None or start is None or end < start or (end - start).days > 31:
                    end = start
                else:
                    out["kind"] = "range"
                    if g.get("night") and (end - start).days == 1:
                        out["overnight"] = True  # "the night of 23 to 24 May": dated the 24th
            else:
                end = start
            if start is None:
                return None
        elif name == "month_year":
            y, mon = int(g["y"]), self._month(g["mon"])
            start, end = dt.date(y, mon, 1), dt.date(y, mon, _days_in(y, mon))
            start, end = self._part_of_month(g.get("pre") or "", g.get("mod") or "", start, end)
            out["precision"] = "month"
        elif name == "month":
            if g["mon"][0].islower():
                return None
            mon = self._month(g["mon"])
            pre = g["pre"].lower()
            y, used, inferred = self._year_for(mon, 1, pub, year_hint, bound, hint_day=hint_day)
            if pre == "last" and y is not None and pub is not None and mon >= pub.month:
                y = pub.year - 1
            if y is None:
                out.update(precision="month", relative=True)
                return out
            start, end = dt.date(y, mon, 1), dt.date(y, mon, _days_in(y, mon))
            start, end = self._part_of_month(pre, "", start, end)
            out.update(precision="month", anchor_used=used)
            if inferred:
                out["year_inferred"] = True
        elif name == "year":
            y = int(g["y"])
            start, end = dt.date(y, 1, 1), dt.date(y, 12, 31)
            out.update(precision="year", kind="background-year")
        elif name == "weekday":
            wd = self.lex.weekday_of[g["wd"].lower()]
            if g["wd"][0].islower():
                return None
            mod = (g.get("mod") or "").lower()
            out["relative"] = True
            if pub is None:
                return out
            back = (pub.weekday() - wd) % 7
            if mod in ("last", "past", "previous") and back == 0:
                back = 7
            if around and mod not in ("last", "past", "previous", "since") and back > _ESTIMATE_DAYS:
                # "on Saturday" under a page dated Thursday from its post number: the estimate
                # can be days early, so the Saturday two days on, not the one five days back
                back -= 7
            elif back == 6 and mod not in ("last", "past", "previous", "since"):
                # "deputies searched the area Wednesday" in a page dated Tuesday: the page
                # was dated when the story first went up and updated the next day (or the
                # day is ahead: "will appear in court Wednesday"); six days back is rarely
                # meant without "last". The day after publication times no incident.
                start = end = pub + dt.timedelta(days=1)
                out.update(anchor_used=True, kind="future")
                out["start"] = out["end"] = start.isoformat()
                return out
            start = end = pub - dt.timedelta(days=back)
            if (g.get("part") or "").lower() in ("night",) and mod != "early":
                end = start + dt.timedelta(days=1) if start < pub else start
            out["anchor_used"] = True
        elif name in ("reldays", "yesterday_part"):
            rel = (g.get("rel") or "yesterday").lower()
            rel = re.sub(r"\s+", " ", rel)
            lo, hi = self.lex.relative_days.get(rel, (-1, -1))
            if (g.get("part") or "").lower() == "night" and rel == "yesterday":
                hi = 0
            out["relative"] = True
            if pub is None:
                return out
            start, end = pub + dt.timedelta(days=lo), pub + dt.timedelta(days=hi)
            out["anchor_used"] = True
            if rel == "overnight":
                # "shot overnight" in a morning report: the small hours of the publication
                # day, which is the day an incident is dated by
                out["overnight"] = True
        elif name == "ago":
            n = self._count(g["n"])
            unit = g["unit"].lower()
            out.update(relative=True, precision="day" if unit == "day" else unit)
            if pub is None:
                return out
            days = {"day": 1, "week": 7, "month": 30, "year": 365}[unit] * n
            center = pub - dt.timedelta(days=days)
            if unit == "day":
                start = end = center
            else:
                half = {"week": 3, "month": 15, "year": 182}[unit]
                start, end = center - dt.timedelta(days=half), min(pub, center + dt.timedelta(days=half))
            out["anchor_used"] = True
        elif name == "period":
            return self._period(g, m.group(0).lower(), pub, out)
        elif name == "holiday":
            phrase = g["hol"]
            if not g.get("on") and re.sub(r"\s+", " ", phrase.lower()) in self.lex.holiday_after_on:
                return None  # "Christmas lights", "Easter eggs": a season, not a day
            if _OCCASION.match(text, m.end()):
                return None  # "a Halloween party", "Memorial Day weekend": an occasion
            if g.get("y"):
                start = end = self.lex.holiday(phrase, int(g["y"]))
            else:
                out["relative"] = True
                if pub is None:
                    return out
                # the latest such day on or before publication
                start = self.lex.holiday(phrase, pub.year)
                if start is not None and start > pub:
                    start = self.lex.holiday(phrase, pub.year - 1)
                end = start
                out["anchor_used"] = True
                if start is not None and (pub - start).days > _HOLIDAY_BACK_DAYS:
                    out["kind"] = "background"  # "last St. Patrick's Day", months ago
            if start is None:
                return None
        else:  # pragma: no cover - every pattern is handled above
            return None

        if since and name not in ("weekday", "reldays", "yesterday_part", "ago"):
            out["kind"] = "since"
            end = pub if pub and start and pub >= start else None
        out["start"] = start.isoformat() if start else None
        out["end"] = end.isoformat() if end else None
        return out

    @staticmethod
    def _part_of_month(pre: str, mod: str, start: dt.date, end: dt.date) -> tuple[dt.date, dt.date]:
        word = (mod or pre).lower().strip(" -")
        if word.startswith("early") or "beginning" in word:
            return start, start.replace(day=10)
        if word.startswith("mid"):
            return start.replace(day=11), start.replace(day=20)
        if word.startswith("late") or "end of" in word:
            return start.replace(day=21), end
        return start, end

    def _year_for(
        self,
        month: int,
        day: int,
        pub: dt.date | None,
        year_hint: int | None,
        bound: dt.date | None = None,
        weekday: int | None = None,
        month_years: dict[Any, int] | None = None,
        hint_day: dt.date | None = None,
    ) -> tuple[int | None, bool, bool]:
        """Year of a "31 March" without one: the publication's, or the one before when that
        would put the date after publication; without a publication date, the year the text
        gives that month elsewhere, or the year hint, or the latest before the crawl date.
        Returns (year, anchor_used, inferred)."""
        if pub is None and bound is not None and month_years and month in month_years:
            y = month_years[month]
            cand = _safe_date(y, month, min(day, _days_in(y, month)))
            if cand is not None and cand <= bound and (weekday is None or cand.weekday() == weekday):
                return y, False, True
        if pub is not None:
            y = pub.year
            cand = _safe_date(y, month, min(day, _days_in(y, month)))
            if cand is not None and cand > pub:
                y -= 1
            return y, True, False
        if bound is not None:
            # the latest such day on or before the crawl date; a named weekday picks the year
            # ("Monday, June 12" -> the most recent June 12 that fell on a Monday)
            if year_hint is not None:
                for y in self._hint_years(month, day, year_hint, hint_day):
                    cand = _safe_date(y, month, min(day, _days_in(y, month)))
                    if cand is not None and cand <= bound and (weekday is None or cand.weekday() == weekday):
                        return y, False, True
            first = None
            for y in range(bound.year, bound.year - 12, -1):
                cand = _safe_date(y, month, min(day, _days_in(y, month)))
                if cand is None or cand > bound:
                    continue
                first = first or y
                if weekday is None or cand.weekday() == weekday:
                    return y, False, True
            return first, False, first is not None
        if year_hint is not None:
            return year_hint, False, True
        return None, False, False

    @staticmethod
    def _hint_years(month: int, day: int, year_hint: int, hint_day: dt.date | None) -> list[int]:
        """Years to try for a "2 January" without one, given the text's latest full date: its
        year, or the next when that puts the day nearer to it ("the attack in December 2022
        ... on Jan. 2": a text that writes the year out for December was written after it)."""
        if hint_day is None or hint_day.year != year_hint:
            return [year_hint]
        same = _safe_date(year_hint, month, min(day, _days_in(year_hint, month)))
        nxt = _safe_date(year_hint + 1, month, min(day, _days_in(year_hint + 1, month)))
        if same is not None and nxt is not None and (nxt - hint_day).days < (hint_day - same).days:
            return [year_hint + 1, year_hint]
        return [year_hint]

    def _count(self, word: str) -> int:
        w = word.lower()
        return int(w) if w.isdigit() else self.lex.small_numbers.get(w, 1)

    def _period(
        self, g: dict[str, Any], phrase: str, pub: dt.date | None, out: dict[str, Any]
    ) -> dict[str, Any]:
        phrase = re.sub(r"\s+", " ", phrase)
        # "will be reviewed later this week": a step still to come, never an incident's date
        out.update(relative=True, kind="future" if phrase.startswith("later ") else "period")
        if g.get("unit") or "recent" in phrase:
            # a stretch told by its length ("the past three weeks", "recent days"), not a week,
            # month or year named ("earlier this month"): the events step reads it (a toll)
            out["duration"] = True
        if "weekend" in phrase:
            out["precision"] = "week"
        elif g.get("unit"):
            unit = g["unit"].lower()
            out["precision"] = {"day": "week", "week": "week", "month": "month", "year": "year"}[unit]
        elif "week" in phrase or "recent" in phrase:
            out["precision"] = "week"
        elif "month" in phrase:
            out["precision"] = "month"
        else:
            out["precision"] = "year"
        if pub is None:
            return out
        start: dt.date
        end: dt.date = pub
        if "weekend" in phrase:
            # The most recent Saturday-Sunday on or before publication.
            sat = pub - dt.timedelta(days=(pub.weekday() - 5) % 7)
            if "this weekend" in phrase and pub.weekday() < 5:
                sat = pub + dt.timedelta(days=5 - pub.weekday())
            start, end = sat, sat + dt.timedelta(days=1)
            if end > pub and "this weekend" not in phrase:
                end = pub
        elif g.get("unit"):
            n = self._count(g["n"])
            days = {"day": 1, "week": 7, "month": 30, "year": 365}[g["unit"].lower()] * n
            start = pub - dt.timedelta(days=days)
        elif "recent" in phrase:
            start = pub - dt.timedelta(days=14)
        elif "week" in phrase:
            monday = pub - dt.timedelta(days=pub.weekday())
            if "last week" in phrase or "past week" in phrase or "previous week" in phrase:
                start, end = monday - dt.timedelta(days=7), monday - dt.timedelta(days=1)
                if "the past week" in phrase:
                    start, end = pub - dt.timedelta(days=7), pub
            else:
                start = monday
        elif "month" in phrase:
            first = pub.replace(day=1)
            if "last month" in phrase or "previous month" in phrase:
                end = first - dt.timedelta(days=1)
                start = end.replace(day=1)
            elif "past month" in phrase:
                start = pub - dt.timedelta(days=30)
            else:
                start = first
        else:
            if "last year" in phrase or "previous year" in phrase:
                start, end = dt.date(pub.year - 1, 1, 1), dt.date(pub.year - 1, 12, 31)
            elif "past year" in phrase:
                start = pub - dt.timedelta(days=365)
            else:
                start = dt.date(pub.year, 1, 1)
        out.update(start=start.isoformat(), end=end.isoformat(), anchor_used=True)
        return out

    def _fallback(self, phrase: str, pub: dt.date | None, out: dict[str, Any]) -> dict[str, Any]:
        """Hand one rare candidate string to dateparser (imported lazily: it is slow to load)."""
        ordinals = ("first second third fourth fifth sixth seventh eighth ninth tenth").split()
        phrase = re.sub(r"^the\s+", "", phrase, flags=re.IGNORECASE)
        phrase = re.sub(
            r"^(\w+)\s+of\s+",
            lambda m: f"{ordinals.index(m.group(1).lower()) + 1} " if m.group(1).lower() in ordinals else m.group(0),
            phrase,
        )
        day = _plain_day_month(phrase, pub)
        if day is None:
            import dateparser

            settings: dict[str, Any] = {"PREFER_DATES_FROM": "past"}
            if pub is not None:
                settings["RELATIVE_BASE"] = dt.datetime(pub.year, pub.month, pub.day)
            parsed = dateparser.parse(phrase, languages=["en"], settings=settings)
            if parsed is None:
                return out
            day = parsed.date()
        out.update(start=day.isoformat(), end=day.isoformat(), anchor_used=pub is not None)
        return out


_PLAIN_DAY_MONTH = re.compile(r"(\d{1,2}) ([A-Za-z]+)(?:,? ((?:19|20)\d\d))?")


@lru_cache(maxsize=1)
def _english_months() -> dict[str, int]:
    """Full English month names (lower case) that the date lexicon reads the same way."""
    month_of = _lexicon().month_of
    names = {calendar.month_name[i].lower(): i for i in range(1, 13)}
    return {w: i for w, i in names.items() if month_of.get(w) == i}


def _plain_day_month(phrase: str, pub: dt.date | None) -> dt.date | None:
    """What ``dateparser`` (English, past dates preferred, the publication day as base)
    makes of "4 July" or "4 July, 2016", computed directly: "the Fourth of July" is the one
    common fallback phrase, and dateparser costs a millisecond a call and a few hundred on
    the first. Checked against dateparser for every day 1-10 of every month, with and
    without a year, around many publication dates. None: anything else (hand it over)."""
    m = _PLAIN_DAY_MONTH.fullmatch(phrase)
    if m is None:
        return None
    mon = _english_months().get(m.group(2).lower())
    day = int(m.group(1))
    if mon is None or not 1 <= day <= 28:
        return None
    if m.group(3):
        return dt.date(int(m.group(3)), mon, day)
    if pub is None:
        return None  # dateparser would use today's date
    cand = dt.date(pub.year, mon, day)
    return cand.replace(year=pub.year - 1) if cand > pub else cand


# ------------------------------------------------------------------ dates in addresses
_URL_PATH_DATE = re.compile(r"/((?:19|20)\d\d)[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\d|3[01])(?:/|-|$)")
_URL_COMPACT_DATE = re.compile(r"/((?:19|20)\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])[-_/]")
_MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december"
# a slug naming the day: "...-on-january-20/", "...-october-4-2023/"
_URL_SLUG_DATE = re.compile(rf"[/-](?P<mon>{_MONTHS})-(?P<d>[0-3]?\d)(?:-(?P<y>(?:19|20)\d\d))?(?=[/?#]|$)", re.IGNORECASE)
_URL_YEAR = re.compile(r"/((?:19|20)\d\d)/")
# a last path segment that is a day-first date, maybe with a running number: "/syria/16082022"
_URL_DMY_SEGMENT = re.compile(r"/(0[1-9]|[12]\d|3[01])(0[1-9]|1[0-2])((?:19|20)\d\d)\d?/?(?=$|[?#])")
_URL_ARCHIVE = re.compile(r"web\.archive\.org/web/((?:19|20)\d\d)(\d\d)(\d\d)\d{0,6}(?:[a-z]{2}_)?/")
_URL_SNOWFLAKE = re.compile(r"(?:twitter|x)\.com/[^/]+/status(?:es)?/(\d{15,20})")


@lru_cache(maxsize=4096)
def date_from_url(url: str | None) -> tuple[dt.date, str] | None:
    """A date carried by an address: ``(date, "path")`` for a dated path ("/2021/08/20/"),
    ``(date, "post-id")`` for a Twitter/X status id (its first 41 bits are a millisecond
    timestamp), ``(date, "archive")`` for a web.archive.org capture — a crawl date, only an
    upper bound for the event. The outlet's own address inside an archive address wins.
    Cached (an immutable answer): every date mention of a document asks about its address."""
    if not url:
        return None
    inner = url
    am = _URL_ARCHIVE.search(url)
    if am:
        inner = url[am.end() :]
    m = _URL_PATH_DATE.search(inner)
    if m:
        day = _safe_date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if day:
            return day, "path"
    m = _URL_COMPACT_DATE.search(inner)
    if m:
        day = _safe_date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if day:
            return day, "path"
    crawl = _safe_date(int(am.group(1)), int(am.group(2)), int(am.group(3))) if am else None
    m = _URL_DMY_SEGMENT.search(inner)
    if m:
        day = _safe_date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
        if day and (crawl is None or day <= crawl):
            return day, "path"
    m = _URL_SLUG_DATE.search(inner)
    if m:
        mon = _MONTHS.split("|").index(m.group("mon").lower()) + 1
        d = int(m.group("d"))
        ym = _URL_YEAR.search(inner)
        if m.group("y") or ym:
            day = _safe_date(int(m.group("y") or ym.group(1)), mon, d)
        elif crawl:  # the latest such day before the crawl
            day = _safe_date(crawl.year, mon, d)
            if day and day > crawl:
                day = _safe_date(crawl.year - 1, mon, d)
        else:
            day = None
        if day:
            return day, "slug"
    m = _URL_SNOWFLAKE.search(inner)
    if m:
        ms = (int(m.group(1)) >> 22) + 1288834974657
        if 1288834974657 < ms < 4102444800000:
            return dt.datetime.fromtimestamp(ms / 1000, dt.UTC).date(), "post-id"
    if crawl:
        return crawl, "archive"
    return None


def anchor_dates(doc: Doc) -> tuple[dt.date | None, dt.date | None]:
    """(publication date, crawl bound) for resolving the document's dates: ``doc.published``
    unless it is only a crawl date (``published_source`` "archive-timestamp", "crawl"), else a date in the
    document's address (``url``, else ``outlet``)."""
    pub, bound = doc.published, None
    if (doc.published_source or "").startswith(("archive", "crawl")):  # "archive-timestamp"
        # a crawl date only bounds the event from above; it anchors no "yesterday"
        pub, bound = None, doc.published
    elif pub is not None and doc.published_precision in ("month", "year"):
        # "/2022/01/" in an address dates the month, not the day: it bounds the event (by
        # the month's or year's last day) but cannot anchor "this morning"
        last = dt.date(pub.year, 12, 31) if doc.published_precision == "year" else pub.replace(
            day=_days_in(pub.year, pub.month))
        pub, bound = None, last
    found = date_from_url(doc.url or doc.outlet)
    if pub is None:
        if found and found[1] == "archive":
            bound = bound or found[0]
        elif found:
            pub = found[0]
    elif found and found[1] == "post-id":
        # a post's id is its own timestamp: a date read from the page's text (a header of
        # an older post in a thread, a sidebar) does not beat it
        pub = found[0]
    elif found and found[1] == "path" and found[0] < pub:
        # the outlet dated the page earlier than the date given with it (a crawl or
        # re-post date): "on Friday" means the Friday before the page went up
        pub = found[0]
    if pub is not None and doc.published_source == "field":
        # the same for the page's own dateline (or its embedded posts), which ingest keeps
        # beside a later given date
        for note in doc.layers.get("ingest", ()):
            if note.label == "page_date":
                own = dt.date.fromisoformat(note.attrs["date"])
                pub = min(pub, own)
    return pub, bound


# A day read from a post number (``published_precision`` "estimate") is a fitted curve's
# guess, typically a few days off either way.
_ESTIMATE_DAYS = 3


def estimate_slack(doc: Doc, pub: dt.date | None) -> int:
    """Days the anchor ``pub`` (from :func:`anchor_dates`) may be early: ``_ESTIMATE_DAYS``
    when it is the document's post-number estimate, else 0."""
    if pub is None or doc.published_precision != POST_NUMBER_PRECISION or pub != doc.published:
        return 0
    return _ESTIMATE_DAYS


# ---------------------------------------------------------------------- event dates
_LEAD_SENTENCES = 3


_OPENING = re.compile(r"\s*[,:]")


# A date that times the report, not the event: "police on Friday released the name",
# "said Tuesday", "Posted: Thursday, August 14", "was arrested Tuesday evening".
_REPORTING_AFTER = re.compile(
    r"\s*,?\s*(?:police\s+|officials\s+|authorities\s+)?(?:said|says|released|announced|identified|charged|confirmed"
    r"|reported|testified|ruled|indicted|arraigned|sentenced)\b",
    re.IGNORECASE,
)
_CLOCK_TIME = r"\d{1,2}(?:[:.]\d\d)?\s*[ap]\.?m\.?\s*(?:on\s+)?"
_REPORTING_BEFORE = re.compile(
    r"(?:\b(?:said|says|announced|released|identified|confirmed|reported|arrested|charged|indicted|arraigned|sentenced"
    r"|posted|updated|published|testified|appeared|ruled)\s*:?\s*(?:on\s+)?|(?:posted|updated|published|last\s+updated)\s*:\s*)$",
    re.IGNORECASE,
)
# "the department said about 7 p.m. Saturday.", "as of 11 a.m. Friday": a clock time after a
# statement verb, or a status "as of", times the report, unless a clause follows the date
# ("says around 2 p.m. on Sunday, deputies were sent": the deputies' time).
_REPORT_CLOCK_BEFORE = re.compile(
    r"\b(?:said|says|announced|confirmed|released|arrested)\s+(?:at\s+|about\s+|around\s+)*" + _CLOCK_TIME + "$",
    re.IGNORECASE,
)
_AS_OF_BEFORE = re.compile(
    r"\bas\s+of\s+(?:(?:late|early|mid)\s+)?(?:(?:at\s+|about\s+|around\s+)*" + _CLOCK_TIME + r")?$", re.IGNORECASE
)
_CLAUSE_AFTER = re.compile(r"\s*,\s*(?!\w+\s+(?:said|says|say|told|reported)\b)")


# The dot of "2:30 p.m." ends no clause: "shot about 2:30 p.m. Feb. 20, police said" is attributed.
_CLAUSE_START = re.compile(r"(?:^|(?<![ap]\.m)[.!?:;\n]\s*|\b(?:on|and|but|late|early)\s+)$", re.IGNORECASE)
_ATTRIBUTION = re.compile(r"\s*,\s*(?:\w+\s+){0,3}?(?:said|says|say|told|reported)\b", re.IGNORECASE)


def _attribution_after(text: str, d: Span) -> bool:
    """"shot Monday night, investigators said": the comma and the verb attribute the whole
    clause; they do not time the statement (unlike "On Monday, police said ...")."""
    return bool(_ATTRIBUTION.match(text, d.end, d.end + 40)) and not _CLAUSE_START.search(
        text, max(0, d.start - 12), d.start
    )


def _reporting(text: str, d: Span) -> int:
    """1 when the date times a statement, an arrest or the page rather than the event."""
    if _REPORTING_AFTER.match(text, d.end, d.end + 40) and not _attribution_after(text, d):
        return 1
    if _REPORTING_BEFORE.search(text, max(0, d.start - 40), d.start) or _AS_OF_BEFORE.search(
        text, max(0, d.start - 40), d.start
    ):
        return 1
    if _REPORT_CLOCK_BEFORE.search(text, max(0, d.start - 40), d.start) and not _CLAUSE_AFTER.match(text, d.end):
        return 1
    return 0


_CUE_BEFORE, _CUE_AFTER = 60, 40
# Later steps whose clock time is theirs ("died just after 5 p.m. Monday"), and the words
# that may stand between the step and the time ("at about", "shortly after").
_CLOCK_STEPS = frozenset({"died", "dies", "arrested", "booked", "released", "surrendered"})
_CLOCK_LEAD = re.compile(r"\s+(?:(?:just|shortly|sometime|at|about|around|after|before|approximately|on)\s+)*")
# A charge or a death that is the object of a later step ("charged with murder Thursday",
# "pronounced dead at 1:10 a.m. Monday") times that step; "arrested in connection with a
# shooting Monday", "charged with killing him on Feb. 2" still time the incident.
_CHARGE_WORDS = frozenset({"murder", "homicide", "dead"})
_STEP_OBJECT = re.compile(
    r"\b(?:charged|arrested|convicted|indicted|sentenced|booked|jailed|pronounced)\s+"
    r"(?:(?:\w+\s+){0,3}?(?:with|for|of|on|in)\s+)?"
    r"(?:(?:the|a|an|first|second|third|degree|capital|attempted|felony|aggravated|-)\s*)*"
    r"(?:(?:dead|murder)\s+at\s+)?$",
    re.IGNORECASE,
)
_GOVERNED = re.compile(r"\b(?:in|for|after|following|over|into|about|with|of)\b", re.IGNORECASE)
# Per-thread memo for the document being read (its lower-cased text, sentence starts, ranks).
_memo = threading.local()
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\n\"“(]\s*)$")


def _cue(doc: Doc, d: Span) -> int:
    """0 when the nearest cue word in the date's sentence is an event cue ("were shot
    Tuesday", "the March 9 ambush", "about 2 a.m. Sunday"), 2 when it is a report cue
    ("was arrested Tuesday", "said Friday", "a vigil Saturday"), 1 when there is none."""
    text = doc.text
    lex = _lexicon()
    if getattr(_memo, "low_of", None) is not doc:  # the lower-cased text, once per document
        sents = doc.get(SENTENCES)
        _memo.low_of, _memo.low, _memo.starts = doc, text.lower(), [s.start for s in sents]
    low, starts = _memo.low, _memo.starts
    lo, hi = max(0, d.start - _CUE_BEFORE), min(len(text), d.end + _CUE_AFTER)
    i = bisect.bisect_right(starts, d.start) - 1
    if i >= 0:
        sent = doc.get(SENTENCES)[i]
        if d.start < sent.end:
            lo, hi = max(lo, sent.start), min(hi, sent.end)
    found: list[tuple[int, int, int]] = []
    for last, (kind, n, star) in lex.cue_words.iter(low, lo, hi):
        start, end = last - n + 1, last + 1
        if start > 0 and low[start - 1].isalnum():
            continue
        if star:
            while end < len(low) and low[end].isalnum():
                end += 1
        elif end < len(low) and low[end].isalnum():
            continue
        found.append((start, end, kind))
    steps = [(start, end) for start, end, k in found if k == 2 and low[start:end] in _CLOCK_STEPS]
    for m in lex.clock.finditer(text, lo, hi):
        # a clock time takes the word it follows: "died just after 5 p.m. Monday" times the
        # death, "was arrested at about 11 a.m. Tuesday" the arrest
        step = any(_CLOCK_LEAD.fullmatch(low, end, m.start()) for _, end in steps if end <= m.start())
        found.append((m.start(), m.end(), 2 if step else 0))
    best, kind = None, 1
    attributed = _attribution_after(text, d)
    for start, end, k in found:
        if d.start <= start < d.end:
            continue  # "Saturday night" itself
        if k == 2 and start >= d.end and attributed:
            continue  # "..., police said": attribution, not a later step
        if k == 0 and start >= d.end and _GOVERNED.search(text, d.end, start):
            continue  # "pleaded guilty Friday in the death of": the death is the plea's object
        if text[start].isupper() and not _SENTENCE_START.search(text, max(lo, start - 3), start):
            continue  # a capital inside a sentence starts a name: "Memorial Park", "Court Street"
        gap = d.start - end if end <= d.start else start - d.end
        if k == 0 and end <= d.start and (low[start].isdigit() or low[start:end] in _CHARGE_WORDS) and \
                _STEP_OBJECT.search(text, max(lo, start - 45), start):
            k = 2  # "charged with murder Thursday", "pronounced dead at 1:10 a.m. Monday": a step
        if best is None or gap < best or (gap == best and k < kind):
            best, kind = gap, k
    return kind


_FOLLOW_UP_DAYS = 366


def _narrowed(doc: Doc, dates: list[Span], best: Span) -> Span:
    """"Shot overnight" spans two days; "it happened about 10:45 p.m. Friday" elsewhere in the
    article names which: a single day inside ``best``'s range that an event cue times."""
    if not best.attrs.get("overnight") or best.attrs.get("end") in (None, best.attrs["start"]):
        return best
    for d in dates:
        if (
            d is not best
            and d.attrs.get("precision") == "day"
            and d.attrs.get("end") == d.attrs["start"]
            and best.attrs["start"] <= d.attrs["start"] <= best.attrs["end"]
            and _late(doc, d) == (0, 0)
        ):
            return d
    return best


def _late(doc: Doc, d: Span) -> tuple[int, int]:
    """(1 when ``d`` times a later step of the story rather than the incident, its cue).

    Memoised for the document last seen by this thread: ``event_date_for`` runs once per
    event of a document and ranks the same dates each time."""
    if getattr(_memo, "doc", None) is not doc:
        _memo.doc, _memo.seen = doc, {}
    key = (d.start, d.end)
    got = _memo.seen.get(key)
    if got is None:
        cue = _cue(doc, d)
        got = _memo.seen[key] = ((1 if cue == 2 or _reporting(doc.text, d) else 0), cue)
    return got


def _incident_date(doc: Doc, dates: list[Span], later: Span, within: bool = False) -> Span | None:
    """The first day-precision date in the article that an event cue times, from a year
    before ``later`` (the date of a later step: an arrest, a statement) up to publication;
    with ``within``, one inside ``later``'s own range (a week, a month)."""
    if within:
        lo, hi = later.attrs["start"], later.attrs.get("end") or later.attrs["start"]
        for d in dates:
            if d is not later and d.attrs.get("precision") == "day" and lo <= d.attrs["start"] <= hi:
                if _late(doc, d) == (0, 0):
                    return d
        return None
    top = dt.date.fromisoformat(later.attrs["start"])
    pub, _ = anchor_dates(doc)
    last = max(top, pub) if pub is not None else top
    for d in dates:
        if d is later or d.attrs.get("precision") != "day":
            continue
        day = dt.date.fromisoformat(d.attrs["start"])
        if top - dt.timedelta(days=_FOLLOW_UP_DAYS) <= day <= last and _late(doc, d) == (0, 0):
            return d
    return None


_YEARLESS_STEP_DAYS = 30


def _earlier_day(doc: Doc, dates: list[Span], later: Span) -> Span | None:
    """The first day-precision date in the article up to a year before ``later`` (the day
    of a later step: "police said Tuesday") that falls before it, whatever it times: the
    incident came before the later step, so an earlier day the article gives ("arrested
    Saturday", "on Friday") is nearer the incident than the step is. A written-out day
    without a year that times a later step more than a month back is skipped: put before
    publication, "due in court Nov. 30" is more likely a day still to come."""
    top = later.attrs["start"]
    oldest = (dt.date.fromisoformat(top) - dt.timedelta(days=_FOLLOW_UP_DAYS)).isoformat()
    recent = (dt.date.fromisoformat(top) - dt.timedelta(days=_YEARLESS_STEP_DAYS)).isoformat()
    for d in dates:
        if (d is not later and d.attrs.get("precision") == "day" and d.attrs.get("kind") == "point"
                and oldest <= d.attrs["start"] < top):
            yearless = not d.attrs.get("relative") and (d.attrs.get("anchor_used") or d.attrs.get("year_inferred"))
            if yearless and d.attrs["start"] < recent and _late(doc, d)[0]:
                continue
            return d
    return None


def _before_later_step(doc: Doc, dates: list[Span], later: Span) -> Span | None:
    """The incident's date when the best date found times a later step: an incident date
    elsewhere in the article, a named incident's, else any earlier day the article gives."""
    return (_incident_date(doc, dates, later) or _named_incident_date(doc, dates, later, True)
            or _earlier_day(doc, dates, later))


_NAMED_BACK_DAYS = 3 * 366  # a sentencing story names an incident of up to a few years before
_NAMED_NO_YEAR_DAYS = 120


def _named_incident_date(
    doc: Doc, dates: list[Span], best: Span | dt.date, relaxed: bool = False
) -> Span | None:
    """A calendar date written out ("Jan. 3", "October 22, 2015") at least two days before
    ``best`` (a date span or a day) and at most a few years: the first that an event cue
    times, else (``relaxed``, when ``best`` times a later step: a sentencing, an arrest) the
    first that times no later step ("On June 21, 2013, the gunman fired at ...")."""
    top = best if isinstance(best, dt.date) else dt.date.fromisoformat(best.attrs["start"])
    hi = top - dt.timedelta(days=2)

    def lowest(d: Span) -> dt.date:
        # "Aug. 20" without a year is put before publication: most of a year back it is
        # more likely a day still to come (a court date) than the incident
        back = _NAMED_BACK_DAYS if not (d.attrs.get("anchor_used") or d.attrs.get("year_inferred")) else _NAMED_NO_YEAR_DAYS
        return top - dt.timedelta(days=back)

    named = [
        d for d in dates
        if d is not best and d.attrs.get("precision") == "day" and not d.attrs.get("relative")
        and d.attrs.get("kind") == "point" and lowest(d) <= dt.date.fromisoformat(d.attrs["start"]) <= hi
    ]
    for d in named:
        if _late(doc, d) == (0, 0):
            return d
    if relaxed:
        for d in named:
            if not _late(doc, d)[0]:
                return d
    return None


_NOT_AN_EVENT_DATE = frozenset({"since", "background-year", "background", "future", "stamp"})


def _usable(span: Span) -> bool:
    if span.attrs.get("start") is None or span.attrs.get("kind") in _NOT_AN_EVENT_DATE:
        return False
    if span.attrs.get("kind") == "period" and span.attrs.get("end"):
        # "in the past few months", "over the past year": background, not an event's date
        days = (dt.date.fromisoformat(span.attrs["end"]) - dt.date.fromisoformat(span.attrs["start"])).days
        return days <= 14
    return True


def _event_date_of(span: Span) -> str:
    """ACLED codes a week or month to its middle day, a day range to its first day."""
    start = dt.date.fromisoformat(span.attrs["start"])
    end = dt.date.fromisoformat(span.attrs["end"] or span.attrs["start"])
    if span.attrs.get("precision") == "day":
        return end.isoformat() if span.attrs.get("overnight") else start.isoformat()
    if span.attrs.get("precision") == "month" and start.day == 1 and end.month == start.month:
        return start.replace(day=15).isoformat()
    return (start + (end - start) // 2).isoformat()


def _result(span: Span, how: str) -> dict[str, Any]:
    precision = span.attrs.get("precision", "day")
    tp = _TIME_PRECISION.get(precision, 3)
    if precision == "day" and (span.attrs.get("approx") or span.attrs.get("kind") == "range"):
        tp = 2 if span.attrs.get("approx") else 1
    return {
        "start": span.attrs["start"],
        "end": span.attrs["end"] or span.attrs["start"],
        "event_date": _event_date_of(span),
        "time_precision": tp,
        "span": span,
        "how": how,
    }


def event_date_for(doc: Doc, sentences: list[Span]) -> dict[str, Any] | None:
    """The date of the event described in ``sentences`` (see ``_event_date``).

    A follow-up story (its title names a later step: "Man sentenced in 2015 shooting",
    "Teen charged in park killing") reports on or just before publication; when the date
    found is that recent, a calendar date written out in the text at least two days earlier
    that times the incident ("On June 21, 2013, the gunman fired at ...") is the event's.
    """
    got = _event_date(doc, sentences)
    if got is None or not _follow_up_title(doc):
        return got
    pub, _ = anchor_dates(doc)
    day = dt.date.fromisoformat(got["event_date"])
    span = got.get("span")
    dates = [d for d in doc.get(DATES) if _usable(d)]
    if span is not None and not span.attrs.get("relative") and day != pub:
        # a day the text writes out: kept unless it times a later step or nothing ("was
        # arrested Sept. 8", "on Feb. 13, detectives ...") and an earlier written-out day
        # times the incident ("It happened on Aug. 3")
        late, cue = _late(doc, span)
        if (late, cue) == (0, 0):
            return got
        named = _named_incident_date(doc, dates, span, bool(late))
    elif pub is None or (pub - day).days > _FOLLOW_UP_RECENT:
        return got
    else:
        named = _named_incident_date(doc, dates, pub, True)
    return _result(named, "follow-up") if named is not None else got


_FOLLOW_UP_RECENT = 3
# How far before publication a day that times a later step still bounds an undated incident
# (step 5b of ``_event_date``): a follow-up story's arrest or hearing of the past months.
_LATER_STEP_BACK_DAYS = 120


def _follow_up_title(doc: Doc) -> bool:
    """The title names a later step of a story (an arrest, a charge, a sentence, a trial)."""
    title = doc.title
    if not title:
        return False
    low = title.lower()
    for last, (n, star) in _lexicon().follow_up_words.iter(low):
        start, end = last - n + 1, last + 1
        if start > 0 and low[start - 1].isalnum():
            continue
        if not star and end < len(low) and low[end].isalnum():
            continue
        return True
    return False


_RECAP_DAYS = 3
# "On June 29, activists documented ...": an earlier report retold
_RECAP_VERB = re.compile(r"\b(?:documented|monitored|recorded|reported)\b", re.IGNORECASE)


def _recap_only(doc: Doc, sentences: list[Span], inside: list[Span], pub: dt.date | None) -> bool:
    """The group's dates all open later paragraphs of their own ("On June 29, activists
    documented the death of two civilians ..."), days before publication, while its lead
    sentence (the first after the title) reports a toll undated: a recap of an earlier
    incident below the report of the latest one, which publication dates better."""
    if pub is None:
        return False
    ordered = sorted(sentences, key=lambda s: s.start)
    lead = next((s for s in ordered if not s.attrs.get("title")), None)
    para = lead.attrs.get("paragraph") if lead is not None else None
    if lead is None or para is None or not any(
        lead.start <= n.start < lead.end and n.label in CASUALTY_LABELS for n in doc.get("numbers")
    ):
        return False  # the lead must report a toll of its own
    last = (pub - dt.timedelta(days=_RECAP_DAYS)).isoformat()
    for d in inside:
        sent = next((s for s in ordered if s.start <= d.start < s.end), None)
        if (
            sent is None or sent.attrs.get("paragraph") in (None, para) or d.start - sent.start > 4
            or not _OPENING.match(doc.text, d.end) or d.attrs.get("end", d.attrs["start"]) > last
            or not _RECAP_VERB.search(doc.text, d.end, min(sent.end, d.end + 60))
        ):
            return False
    return True


def _times_other_matter(doc: Doc, d: Span) -> bool:
    """Whether the sentence of date ``d`` tells only plans, threats or history ("on 3 May
    officials said the rebels were planning to attack army posts", "on Friday he recalled
    the siege of 2009"): an act in such a mood, and no act told as done (a strong trigger
    that is usable) nor any casualty. The day then times that other matter, not a later
    step of the incident being dated. A sentence that tells no act ("police said Monday")
    or a real one ("was arrested Friday") may time a later step of the incident; weak words
    in no mood ("rebels", "gunmen") tell no act either way."""
    sentence = doc.sentence_of(d.start)
    if sentence is None:
        return False
    live = [t for t in doc.in_sentence(TRIGGERS, sentence) if not t.attrs.get("negated")]
    if not any(t.attrs.get("hypothetical") or t.attrs.get("background") for t in live):
        return False
    if any(t.attrs.get("strong") and usable(t) for t in live):
        return False
    return not any(n.label in CASUALTY_LABELS and not n.attrs.get("negated")
                   for n in doc.in_sentence(NUMBERS, sentence))


def _event_date(doc: Doc, sentences: list[Span]) -> dict[str, Any] | None:
    """The date of the event described in ``sentences``.

    In order: (1) a date expression inside the sentences, day precision first; among several,
    one that times the incident ("were shot Tuesday", "the March 9 ambush", "about 2 a.m.
    Sunday") before one that times a later step ("arrested Tuesday", "said Friday", "a vigil
    Saturday"; see ``_cue``), then the one nearest an event trigger (``triggers`` layer, else
    ``numbers`` layer); when the best of them still times a later step, an incident date
    elsewhere in the article up to a year earlier wins ("how": "article"), else any earlier
    day the article gives (``_earlier_day``); (2) the nearest
    date earlier in the same paragraph; (3) the lead's (first three sentences) day-precision
    date, ranked the same way; (4) the first day-precision date anywhere in the article that
    an event cue times ("the shooting happened on May 30"), not after publication; (5) a day
    in the week before publication that times no later step; (5b) a day up to a few months
    before publication that times a later step ("arrested Feb. 12"), which the incident
    cannot postdate; (6) the publication date,
    widened to ACLED time_precision 2 (week) over ``[published - 2 days, published]`` because
    news usually reports an event on the day or the day after. A week- or month-precision
    date in (1) gives way to a day inside it that an event cue times elsewhere.
    Dates that only retell an earlier report below an undated lead toll ("On June 29, monitors
    documented ...", days before publication; ``_recap_only``) are set aside.
    Background dates ("in 2017", "since 2015") never count; "overnight" spans the night before
    publication and is dated by its second day unless a single day inside it is named.
    Returns ``{start, end, event_date, time_precision, span, how}`` (``span`` None for the
    publication fallback) or None when nothing is known.
    """
    dates = [d for d in doc.get(DATES) if _usable(d)]
    pub0, bound0 = anchor_dates(doc)
    latest = pub0 or bound0
    if latest is not None:
        # a report cannot date its incident after the page went up (or was crawled): "the
        # death toll on February 7, 2022" under a page dated 20 January is a "related news"
        # link added later; a day's slack for a page dated the evening before an update
        slack = max(1, estimate_slack(doc, pub0))
        last = (latest + dt.timedelta(days=slack)).isoformat()
        dates = [d for d in dates if d.attrs["start"] <= last]
    if sentences:
        lo = min(s.start for s in sentences)
        hi = max(s.end for s in sentences)
        inside = [d for d in dates if any(s.start <= d.start < s.end for s in sentences)]
        if inside and _recap_only(doc, sentences, inside, pub0):
            dates = [d for d in dates if d not in inside]
            inside = []
        if inside:
            day = [d for d in inside if d.attrs.get("precision") == "day"] or inside
            anchors = [
                t.start
                for layer in ("triggers", "numbers")
                for t in doc.get(layer)
                if lo <= t.start < hi
            ]
            head = min(s.start for s in sentences)
            opening = [d for d in day if d.start - head <= 4 and _OPENING.match(doc.text, d.end)]
            if opening:
                # "On 12 Oct 2018, students protested ... a killing on 7 Oct": the date the
                # report opens with is its own
                return _result(opening[0], "sentence")
            if len(sentences) > _LEAD_SENTENCES + 1 and len(day) > 1:
                # a whole article: the lead story's date, near its first trigger or figure,
                # not one in a footer, a "related news" list or an embedded post
                first_anchor = min(anchors) if anchors else lo
                pub, bound = anchor_dates(doc)

                def plausible(d: Span) -> int:
                    # news reports an event on or within days before publication
                    day0 = dt.date.fromisoformat(d.attrs["start"])
                    if pub is not None:
                        ahead = dt.timedelta(days=estimate_slack(doc, pub))
                        return 0 if pub - dt.timedelta(days=10) <= day0 <= pub + ahead else 1
                    return 1 if bound is not None and day0 > bound else 0

                def rank(d: Span) -> tuple[int, int, int, int]:
                    # an old or future date and a date that times a statement or an arrest
                    # each count against; an event cue ("were shot Tuesday") breaks ties
                    late, cue = _late(doc, d)
                    return (plausible(d) + late, cue, abs(d.start - first_anchor), d.start)

                day.sort(key=rank)
            elif len(day) > 1:
                day.sort(key=lambda d: (*_late(doc, d), min((abs(d.start - a) for a in anchors), default=0)))
            best = _narrowed(doc, dates, day[0])
            if best.attrs.get("precision") != "day":
                # "shot last week", "in August": a day inside that range that the article
                # gives the incident elsewhere ("the Aug. 5 shooting") dates it more closely
                inner = _incident_date(doc, dates, best, within=True)
                if inner is not None:
                    return _result(inner, "article")
            if best.attrs.get("precision") == "day" and _late(doc, best)[0]:
                # "Police on Monday identified the victims": the sentences date a later step;
                # an earlier date elsewhere that times the incident itself ("the shooting just
                # before 4 p.m. Sunday") is the event's
                earlier = _before_later_step(doc, dates, best)
                if earlier is not None:
                    return _result(earlier, "article")
            if best.attrs.get("precision") == "day" and _late(doc, best)[1] == 1 and best.attrs.get("relative"):
                # "Police said Tuesday", "the family gathered Thursday night": a weekday that
                # times nothing in particular, in a story that names the incident's own day
                # elsewhere ("The shooting happened Jan. 3"): a follow-up story
                named = _named_incident_date(doc, dates, best)
                if named is not None:
                    return _result(named, "article")
            return _result(best, "sentence")
        # (2) nearest preceding date in the same paragraph
        first = min(sentences, key=lambda s: s.start)
        para = first.attrs.get("paragraph")
        if para is not None:
            para_start = min(
                (s.start for s in doc.get(SENTENCES) if s.attrs.get("paragraph") == para),
                default=first.start,
            )
        else:
            nl = doc.text.rfind("\n\n", 0, first.start)
            para_start = nl + 2 if nl >= 0 else 0
        before = [d for d in dates if para_start <= d.start < first.start]
        if before:
            return _result(before[-1], "paragraph")
    # (3) the lead
    sents = doc.get(SENTENCES)
    lead_end = sents[min(_LEAD_SENTENCES, len(sents)) - 1].end if sents else min(len(doc.text), 600)
    lead = [d for d in dates if d.start < lead_end and d.attrs.get("precision") == "day"]
    if lead:
        # a page stamp ("Updated: Friday, July 3") or a court date is not the incident's
        def lead_rank(d: Span) -> tuple[int, int, int]:
            return (*_late(doc, d), d.start)

        best = _narrowed(doc, dates, min(lead, key=lead_rank))
        if lead_rank(best)[0]:
            earlier = _before_later_step(doc, dates, best)
            if earlier is not None:
                return _result(earlier, "article")
        return _result(best, "lead")
    # (4) a date anywhere in the article that times an incident ("the shooting happened on
    # May 30", "ended Sunday afternoon when she found a gun"), on or before publication
    pub, bound = anchor_dates(doc)
    limit = pub or bound
    for d in dates:
        if (
            d.attrs.get("precision") == "day"
            and (limit is None or d.attrs["start"] <= limit.isoformat())
            and _late(doc, d) == (0, 0)
        ):
            return _result(d, "article")
    # (5) a day in the week before publication that times no later step ("the car stood
    # at the corner on Saturday"): news reports the week's events
    if pub is not None:
        week = (pub - dt.timedelta(days=7)).isoformat()
        for d in dates:
            if d.attrs.get("precision") == "day" and week <= d.attrs["start"] < pub.isoformat() and not _late(doc, d)[0]:
                return _result(d, "article")
        # (5b) a day before publication that times a later step ("was arrested Feb. 12",
        # "police said Monday"): the incident came on or before it, so it is nearer the
        # incident's day than publication is; not a day whose sentence tells only a plan, a
        # threat or history (see ``_times_other_matter``): that is another story's day
        oldest = (pub - dt.timedelta(days=_LATER_STEP_BACK_DAYS)).isoformat()
        for d in dates:
            if (
                d.attrs.get("precision") == "day" and d.attrs.get("kind") == "point"
                and oldest <= d.attrs["start"] < pub.isoformat() and not _times_other_matter(doc, d)
            ):
                return _result(d, "article")
    # (6) publication date, widened; without one, the page's own stamp in the text
    # ("Posted: May 3, 2016") stands in for it
    span = None
    if pub is None:
        span = next((d for d in doc.get(DATES) if d.attrs.get("kind") == "stamp"), None)
        if span is not None:
            pub = dt.date.fromisoformat(span.attrs["start"])
    if pub is not None:
        return {
            "start": (pub - dt.timedelta(days=2)).isoformat(),
            "end": pub.isoformat(),
            "event_date": pub.isoformat(),
            "time_precision": 2,
            "span": span,
            "how": "published",
        }
    return None
