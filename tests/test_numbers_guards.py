"""The first-character guards of the casualty patterns change no match, only the speed."""

from __future__ import annotations

import re

from numbers_helpers import match_result, unguarded

from sitrep.nlp import numbers as N
from sitrep.nlp import regex_guard as G

SENTENCES = [
    "Three people were killed and five others wounded when gunmen opened fire on a bus.",
    "At least 12 civilians, including two children, were reportedly killed on Monday.",
    "A 17-year-old boy was shot in the leg and taken to a local hospital.",
    "Police said two men (both in their twenties) were later pronounced dead.",
    "Dozens were arrested, and the man who had killed his father was detained.",
    "The victim, John Doe, 23, was rushed to Mercy Hospital where he died.",
    "No one was hurt.  Between 3 and 5 houses were torched; ſeveral were KILLED.",
    "Half of them were abducted, the rest were released unharmed.",
]




def test_first_chars_reads_alternatives_and_optional_parts() -> None:
    assert G.first_chars(r"(?:were|have\s+been)\s+") == {"w", "h"}
    assert G.first_chars(r"a?b") == {"a", "b"}
    assert G.first_chars(r"\bx(?<!y)") == {"x"}
    assert G.first_chars(r"(?P<k>kill(?:ed)?)|(?P<i>hurt)") == {"k", "h"}
    assert G.first_chars(r"\d+|one") == {r"\d", "o"}
    # unknown or possibly empty: no guard
    assert G.first_chars(r"\w+") is None
    assert G.first_chars(r"a?") is None


def test_guard_keeps_quantifiers_on_the_whole_group() -> None:
    rx = re.compile(rf"x{G.guard('ab|c')}?y", re.I)
    assert rx.fullmatch("xy") and rx.fullmatch("xABy") and rx.fullmatch("xcy")
    assert not rx.fullmatch("xby")


def test_guarded_patterns_match_exactly_like_unguarded_ones() -> None:
    lex = N._lexicon()
    patterns = {name: getattr(lex, name) for name in ("passive", "number", "bare_object", "age", "fraction")}
    patterns.update({f"single{i}": p for i, p in enumerate(N._SINGLE_PATTERNS)})
    patterns.update(weak=N._WEAK_DEATH, shot_count=N._SHOT_COUNT, protest=N._PROTEST, neg=N._NEG_HINT,
                    self_kill=N._SELF_KILL, pronoun_shot=N._PRONOUN_SHOT, also_near=N._ALSO_NEAR)
    texts = SENTENCES + [s.upper() for s in SENTENCES] + [
        "Gunmen shot him dead. She later died. The body of a trader was found. Police shoot a suspect dead.",
        "A double shooting: he shot himself after killing his wife and then himself; protesters blocked roads.",
    ]
    for name, guarded in patterns.items():
        plain = re.compile(unguarded(guarded.pattern), guarded.flags)
        if name in ("passive", "number"):
            assert plain.pattern != guarded.pattern, name
        for text in texts:
            assert [match_result(m) for m in guarded.finditer(text)] == [match_result(m) for m in plain.finditer(text)]
            for pos in range(len(text)):
                assert match_result(guarded.match(text, pos)) == match_result(plain.match(text, pos)), (name, text, pos)
