"""Plain-text cleanup: web boilerplate out, article sentences kept, paragraphs normalised.

The rules live in ``data/lexicons/boilerplate.yaml``; this module compiles them once and
applies them line by line (a line of a scraped text is a paragraph). Every rule is conservative
by construction: whole-line rules only fire on lines that are *entirely* boilerplate, so a real
article sentence is never dropped, and inline rules only remove markup such as shortcodes.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from sitrep.ingest.resources import boilerplate_data
from sitrep.nlp.regex_guard import is_word_char
from sitrep.nlp.resources import load_yaml

# Characters that scrapers leave in text and that carry no meaning for us.
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
_SPACE_CHARS = dict.fromkeys(map(ord, "\u00a0\u2007\u202f\u2009\u200a\u3000\t\f\v"), " ")
_MULTI_SPACE = re.compile(r" {2,}")
_ODD_CHARS = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad\u00a0\u2007\u202f\u2009\u200a\u3000\f\v]")
_TERMINAL = tuple(".!?\"”’'»)…:;")
_SENTENCE_END = tuple(".!?\"”’'»)…")
_WORD = re.compile(r"\w+")
# A word with stars between its letters: "kil*led", "w*a*r" (see unmask).
_MASKED = re.compile(r"(?<![\w*])[A-Za-z]+(?:\*[A-Za-z]+)+(?![\w*])")
# A short word split by one hyphen: "kil-led", "de-ath" (joined only when listed, see unmask).
_HYPHEN_PAIR = re.compile(r"(?<![\w-])([A-Za-z]{1,6})-([a-z]{1,6})(?![\w-])")

# Letters by script, to spot interface strings in another script than the article's.
_SCRIPTS = {
    "latin": re.compile(r"[A-Za-z\u00c0-\u024f]"),
    "cyrillic": re.compile(r"[\u0400-\u04ff]"),
    "arabic": re.compile(r"[\u0600-\u06ff\u0750-\u077f]"),
    "hebrew": re.compile(r"[\u0590-\u05ff]"),
    "greek": re.compile(r"[\u0370-\u03ff]"),
    "cjk": re.compile(r"[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]"),
}


def _norm_key(line: str) -> str:
    return line.strip(" \t-–—|:•*·.!").casefold()


# Whole-line patterns are only tried on lines up to this length: none of them describes a
# longer line, and skipping long paragraphs keeps cleanup fast.
MAX_PATTERN_LINE = 400  # line endings (image captions can be long)
MAX_LINE_PATTERN = 250  # whole-line patterns (prompts, banners, bylines are short)
_TAIL = 100


def _alternation(patterns: list[str]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.I)


class Rules:
    """The boilerplate rules of the data file, compiled once."""

    def __init__(self) -> None:
        data = boilerplate_data()
        self.exact = {_norm_key(x) for x in data["exact_lines"]}
        self.exact_max = max(map(len, self.exact)) + 12  # room for stripped punctuation
        self.line = _alternation(data["line_patterns"])
        self.endings = [
            (re.compile(e["pattern"], re.I), int(e["max_chars"])) for e in data["line_endings"]
        ]
        # One case-insensitive search, cheaper than lower-casing every line.
        contains = data.get("line_contains") or []
        self.contains = re.compile("|".join(map(re.escape, contains)), re.I) if contains else None
        self.card = _alternation(data.get("card_markers", []) or ["(?!x)x"])
        self.card_line = _alternation(data.get("card_lines", []) or ["(?!x)x"])
        self.inline = _alternation(data["inline_patterns"])
        self.inline_triggers = tuple(data.get("inline_triggers", []))
        self.link_header = _alternation(data["link_list_headers"])
        self.end_marker = _alternation(data.get("end_markers", []) or ["(?!x)x"])
        self.end_min_paragraphs = int(data.get("end_marker_min_paragraphs", 2))

    def is_boilerplate(self, line: str) -> bool:
        n = len(line)
        if n <= self.exact_max and _norm_key(line) in self.exact:
            return True
        if self.contains is not None and self.contains.search(line):
            return True
        if n <= MAX_LINE_PATTERN and self.line.match(line) is not None:
            return True
        if n > MAX_PATTERN_LINE:
            return False
        tail = line[-_TAIL:]
        return any(n <= limit and rx.search(tail) for rx, limit in self.endings)


@lru_cache(maxsize=1)
def rules() -> Rules:
    return Rules()


@dataclass(slots=True)
class Cleaned:
    """Paragraphs that survived cleanup, and what was removed (for tests and debugging)."""

    paragraphs: list[str]
    removed: list[str] = field(default_factory=list)


def unmask(text: str) -> str:
    """Words masked against platform filters ("kil*led", "de*ath toll", "H*T*S"), as some
    Syrian monitors write them, read whole: every later layer (casualties, triggers, places)
    then sees the word. Only a star between two letters counts ("5 * 3", "*Note*" stay)."""
    if "*" in text:
        text = _MASKED.sub(lambda m: m.group(0).replace("*", ""), text)
    if "-" in text:
        words = _hyphen_masked()
        if _any_hyphen_masked(text, words):
            text = _HYPHEN_PAIR.sub(lambda m: m.group(1) + m.group(2)
                                    if (m.group(1) + m.group(2)).lower() in words
                                    else m.group(0), text)
    return text



def _any_hyphen_masked(text: str, words: frozenset[str]) -> bool:
    """Whether ``_HYPHEN_PAIR`` would rewrite anything in ``text``: some hyphen stands between
    a run of one to six ASCII letters and one of one to six lower-case ASCII letters, with no
    word character or hyphen on either side, and the two halves joined are a listed word.

    The substitution itself tries the pattern at every position of the text (its look-behind
    gives the regex engine nothing to skip to), a fifth of a millisecond per article for
    nothing in nearly all of them; the hyphens of a text are few, and each is looked at here.
    A match of the pattern is exactly such a hyphen (the characters around a match are no word
    characters nor hyphens, so matches never overlap and each hyphen is judged alone)."""
    n = len(text)
    p = text.find("-")
    while p != -1:
        a = p
        while a > 0 and p - a <= 6 and text[a - 1].isascii() and text[a - 1].isalpha():
            a -= 1
        b = p + 1
        while b < n and b - p <= 7 and "a" <= text[b] <= "z":
            b += 1
        if (0 < p - a <= 6 and 0 < b - p - 1 <= 6
                and not (a > 0 and (text[a - 1] == "-" or is_word_char(text[a - 1])))
                and not (b < n and (text[b] == "-" or is_word_char(text[b])))
                and (text[a:p] + text[p + 1 : b]).lower() in words):
            return True
        p = text.find("-", p + 1)
    return False


@lru_cache(maxsize=1)
def _hyphen_masked() -> frozenset[str]:
    return frozenset(load_yaml("lexicons/masked_words.yaml")["hyphen_masked"])


def normalise(raw: str) -> str:
    """Unicode NFC, unified newlines and spaces, invisible characters removed, masked words
    unmasked (see :func:`unmask`). The document's text, and so every offset, is built from
    this output."""
    text = unmask(raw.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " "))
    if text.isascii():
        return text
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    text = text.replace("\u2028", "\n").replace("\u2029", "\n\n")
    if _ODD_CHARS.search(text):
        text = text.translate(_INVISIBLE).translate(_SPACE_CHARS)
    return text


def split_lines(text: str) -> list[str]:
    """Non-empty stripped lines; hard-wrapped sentence continuations are re-joined.

    A line is joined to the previous one only when the previous one does not end a sentence and
    the new one starts in lower case: that is a line broken in the middle of a sentence.
    """
    out: list[str] = []
    prev_blank = True
    for raw_line in text.split("\n"):
        line = raw_line.strip()
        if "  " in line:
            line = _MULTI_SPACE.sub(" ", line)
        if not line:
            prev_blank = True
            continue
        if (
            out
            and not prev_blank
            and line[0].islower()
            and len(out[-1]) >= 30
            and not out[-1].endswith(_TERMINAL)
        ):
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
        prev_blank = False
    return out


def looks_like_sentence(line: str) -> bool:
    return line.endswith(_SENTENCE_END) and len(_WORD.findall(line)) >= 4


def looks_like_headline(line: str, min_words: int = 2, max_chars: int = 200) -> bool:
    """Short, no final full stop/comma/colon: a title or a linked headline."""
    if len(line) > max_chars or line.endswith((".", ",", ";", ":", "…")):
        return False
    return len(_WORD.findall(line)) >= min_words


def _dominant_script(text: str) -> tuple[str | None, float]:
    if text.isascii():
        return "latin", 1.0
    if len(text) > 200 and len(text.encode("ascii", "ignore")) >= 0.95 * len(text):
        return "latin", 0.95  # curly quotes and a few accents: a Latin-script text
    counts = {name: len(rx.findall(text)) for name, rx in _SCRIPTS.items()}
    total = sum(counts.values())
    if not total:
        return None, 0.0
    name = max(counts, key=counts.__getitem__)
    return name, counts[name] / total


def _foreign_ui_line(line: str, script: str) -> bool:
    """A short line written in another script than the article: an interface string."""
    if line.isascii() or len(line) > 120 or line.endswith((".", "!", "?")):
        return False
    name, share = _dominant_script(line)
    return name is not None and name != script and share >= 0.8


def clean_lines(lines: list[str]) -> Cleaned:
    """Drop boilerplate lines, cross-link lists, foreign-script UI strings and duplicates."""
    r = rules()
    kept: list[str] = []
    removed: list[str] = []
    seen: set[str] = set()
    doc_script, doc_share = _dominant_script(" ".join(lines))
    in_link_list = False
    after_card = False
    card = ""  # the last video card's line: a next line that only repeats its title goes too
    for i, line in enumerate(lines):
        if (len(line) <= 40 and len(kept) >= r.end_min_paragraphs
                and r.end_marker.match(line) is not None):
            # "Next Post": the article is over; the rest is other posts' headlines.
            removed.extend(lines[i:])
            break
        if any(map(line.__contains__, r.inline_triggers)):
            stripped = _MULTI_SPACE.sub(" ", r.inline.sub("", line)).strip()
            if stripped != line:
                removed.append(line)
                line = stripped
                if not line:
                    continue
        if in_link_list:
            # Lines after a bare "Read more:" / "Related News" are linked headlines until the
            # first line that reads like article text.
            if looks_like_headline(line, min_words=2, max_chars=160) and not line.endswith(
                ("?", "!", '"', "”")
            ):
                removed.append(line)
                continue
            in_link_list = False
        header = r.link_header.match(line)
        if header:
            removed.append(line)
            # "READ: <headline>" carries its own link; only a bare header opens a list.
            after = line.split(":", 1)[1].strip() if ":" in line else ""
            in_link_list = not after
            continue
        if card:
            repeated, card = len(line) >= 12 and line in card, ""
            if repeated:
                removed.append(line)
                continue
        if line[:1].isdigit() and len(line) <= MAX_LINE_PATTERN and r.card_line.match(line):
            removed.append(line)
            card = line
            continue
        if after_card:
            after_card = False
            # The linked headline of an image card ("<caption> - Agency, 1920, 24.04.2022").
            if looks_like_headline(line, min_words=3, max_chars=160) and not line.endswith(
                ("?", "!")
            ):
                removed.append(line)
                continue
        if r.is_boilerplate(line):
            removed.append(line)
            after_card = len(line) <= MAX_PATTERN_LINE and r.card.search(line[-_TAIL:]) is not None
            continue
        if doc_script and doc_share >= 0.75 and _foreign_ui_line(line, doc_script):
            removed.append(line)
            continue
        if line in seen:
            removed.append(line)
            continue
        seen.add(line)
        kept.append(line)
    return Cleaned(kept, removed)


def clean_text(raw: str) -> Cleaned:
    """Normalise and clean a whole plain text (no header/title handling)."""
    return clean_lines(split_lines(normalise(raw)))
