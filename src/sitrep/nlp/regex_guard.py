"""First-character guards for regular expressions: the same matches, found faster.

Python's regex engine tries a pattern at every position of the text it scans. A pattern
that opens with a word boundary or a look-behind and then a long case-insensitive
alternation ("\\b(?:killed|shot dead|...)") costs a full attempt of each alternative at
every word start, since case-insensitive literals get no first-character shortcut. Put
behind a look-ahead on the characters a match can begin with, a failing position costs one
character-class test. The look-ahead states only what the pattern needs anyway, so every
match (and every group) is unchanged; the characters are read from the pattern's parse tree,
so the guard follows any change of the patterns or of the word lists they are built from.
"""

from __future__ import annotations

import re
from typing import Any

_I = re.IGNORECASE


def is_word_char(ch: str) -> bool:
    """What the regex engine's ``\\w`` matches in a str pattern: for scanners that check a
    pattern's word boundaries by hand before (or instead of) running it."""
    return ch.isalnum() or ch == "_"


def first_chars(pattern: str) -> set[str] | None:
    """The characters a match of ``pattern`` can begin with, read from its parse tree ("\\d"
    stands for any digit); None when that is not a short list of literal characters (a class
    such as ``\\w``, a match that may be empty, a construct this does not know). Reads the
    standard library's private parser: on any surprise, None (then no guard, same matches)."""
    try:
        from re import _constants as c
        from re import _parser

        items = list(_parser.parse(pattern, _I).data)
    except Exception:  # noqa: BLE001 - a missing guard only costs speed
        return None
    repeats = (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", c.MAX_REPEAT))

    def first(items: list[Any]) -> set[str] | None:
        for i, (op, av) in enumerate(items):
            rest = items[i + 1 :]
            if op is c.LITERAL:
                return {chr(av)}
            if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
                continue  # zero-width: the next item decides
            if op is c.IN:
                out: set[str] = set()
                for o, a in av:
                    if o is c.LITERAL:
                        out.add(chr(a))
                    elif o is c.RANGE and a[1] - a[0] < 64:
                        out.update(map(chr, range(a[0], a[1] + 1)))
                    elif o is c.CATEGORY and a is c.CATEGORY_DIGIT:
                        out.add(r"\d")
                    else:
                        return None
                return out
            if op is c.BRANCH:
                out = set()
                for alt in av[1]:
                    f = first(list(alt.data) + rest)
                    if f is None:
                        return None
                    out |= f
                return out
            if op is c.SUBPATTERN:
                return first(list(av[3].data) + rest)
            if op in repeats:
                f = first(list(av[2].data) + rest)
                if f is None:
                    return None
                if av[0] == 0:
                    g = first(rest)
                    return None if g is None else f | g
                return f
            return None
        return None  # the pattern may match the empty string

    try:
        return first(items)
    except Exception:  # noqa: BLE001 - an unknown tree shape: no guard
        return None


def _class_of(chars: set[str]) -> str:
    return "".join(ch if ch == r"\d" else re.escape(ch) for ch in sorted(chars))


def guard(pattern: str) -> str:
    """``pattern`` behind a look-ahead on its possible first characters. The look-ahead only
    says what the pattern needs anyway, so matches are unchanged; a failing position costs one
    character-class test instead of trying each alternative in turn (case-insensitive
    literals get no such shortcut from the regex engine)."""
    chars = first_chars(pattern)
    if not chars:
        return f"(?:{pattern})"
    # one group around both, so that a quantifier after it applies to the whole; the class
    # ignores case (a superset of what a case-sensitive or "(?i:...)" literal matches)
    return f"(?:(?=(?i:[{_class_of(chars)}]))(?:{pattern}))"


def guarded(rx: re.Pattern[str]) -> re.Pattern[str]:
    """``rx`` with a first-character guard (same matches, found faster by finditer/search)."""
    if not first_chars(rx.pattern):
        return rx
    try:
        return re.compile(guard(rx.pattern), rx.flags)
    except re.error:  # e.g. global inline flags, which must open the pattern
        return rx
