"""The speed-ups of the casualty tagger change no result: each cheap test that lets a pattern
be skipped is a necessary condition of that pattern, and each added guard matches exactly
what the pattern matches without it."""

from __future__ import annotations

import json
import re
from pathlib import Path

from numbers_helpers import match_result, unguarded

from sitrep.nlp import numbers as N

SHARED = Path(__file__).resolve().parents[1].parent / "shared"

SENTENCES = [
    "Between 5 and 7 people were killed; at least twenty-five others were wounded.",
    "Dozens of civilians, including a child, died after an estimated 40 rockets hit the town.",
    "The man later died in hospital, and his wife was shot in the leg.",
    "Gunmen killed the driver and two hundred and fifty sheep; 1,300 fled and 3.5 million were displaced.",
    "In excess of 100 fighters, some 30 of them foreign, were captured; no fewer than 12 were executed.",
    "Police said twenty to thirty men, 5-7 of them armed, fiveto six boys and oneor two women were seen.",
    "Another victim, their son, was hospitalised; both were treated for gunshot wounds.",
    "A farmer was hacked to death. Teen gunned down outside store. Boy, 3, recovering after being shot.",
    "The toll has risen to 14, including 9 children, among them a baby; the two were later found dead.",
    "Nobody was hurt, officials said, and nearly half of them were released. The years of war killed many.",
]
TEXTS = SENTENCES + [s.upper() for s in SENTENCES] + [s.lower() for s in SENTENCES]




def _same(guarded: re.Pattern[str], plain: re.Pattern[str], texts: list[str], every_pos: bool = True) -> None:
    assert guarded.pattern != plain.pattern
    for text in texts:
        assert [match_result(m) for m in guarded.finditer(text)] == [match_result(m) for m in plain.finditer(text)], text
        if every_pos:
            for pos in range(len(text)):
                assert match_result(guarded.match(text, pos)) == match_result(plain.match(text, pos)), (text, pos)
                assert match_result(guarded.search(text, 0, pos)) == match_result(plain.search(text, 0, pos)), (text, pos)


def test_figure_first_word_guard_finds_the_same_figures() -> None:
    lex = N._lexicon()
    assert lex.figure_first in lex.number.pattern
    plain = re.compile(unguarded(lex.number.pattern.replace(lex.figure_first, "", 1)), lex.number.flags)
    _same(lex.number, plain, TEXTS)
    # figures are found at all (the guard lets every kind of first word through)
    found = [m.group(0) for m in lex.number.finditer(SENTENCES[0] + " " + SENTENCES[5])]
    for fig in ("Between 5 and 7", "at least twenty-five", "twenty to thirty", "5-7", "fiveto six", "oneor two"):
        assert fig in found, fig


def test_figure_first_word_guard_on_real_texts() -> None:
    path = SHARED / "eval" / "fakes_syria.dev.jsonl"
    if not path.exists():
        import pytest

        pytest.skip(f"{path} is absent")
    lex = N._lexicon()
    plain = re.compile(unguarded(lex.number.pattern.replace(lex.figure_first, "", 1)), lex.number.flags)
    texts = [json.loads(line).get("text") or "" for line in path.open(encoding="utf-8")][:150]
    _same(lex.number, plain, texts, every_pos=False)


def test_newly_guarded_patterns_match_like_unguarded_ones() -> None:
    lex = N._lexicon()
    patterns = {name: getattr(lex, name) for name in (
        "bare_subject", "bare_hurt", "active_before", "toll_before", "toll_put", "outcome_word", "also")}
    patterns.update({f"neg{i}": p for i, p in enumerate(lex.negations) if "(?=(?i:[" in p.pattern})
    patterns.update(outcome_comma=N._OUTCOME_COMMA, subord=N._SUBORD, relative=N._RELATIVE_BEFORE,
                    hedge=N._HEDGE_BEFORE, denied=N._DENIED_BEFORE, cause=N._CAUSE, hurt=N._HURT_WORD,
                    aux_in=N._AUX_IN, others=N._OTHERS_NEAR)
    for name, guarded in patterns.items():
        assert "(?=(?i:[" in guarded.pattern, name
        _same(guarded, re.compile(unguarded(guarded.pattern), guarded.flags), TEXTS[:12])


def test_definite_victim_lookahead_reads_the_same_words() -> None:
    # the word lists as they were written before they became guarded tries
    plain = re.compile(
        r"\s+(?:[\w'’-]+\s+){0,5}?(?:(?:was|were|is|are|had|has|have|later|then|been|also|reportedly|allegedly)\s+){0,3}"
        r"(?:killed|died|dead|shot|lynched|murdered|stabbed|hacked|beaten|stoned|injured|wounded|hurt|succumbed|slain"
        r"|executed|beheaded|gunned|found|pronounced|attacked|abducted|kidnapped|arrested|struck|hit|hospitali[sz]ed"
        r"|suffered|suffering|recovering|grazed|in\s+(?:critical|serious|stable)|taken|transported|rushed|flown|airlifted"
        r"|listed|treated|sustained)\b",
        re.IGNORECASE,
    )
    for text in TEXTS + ["the boy   in  Critical condition", "the man HOSPITALIZED", "the woman was then later found"]:
        for pos in range(len(text)):
            assert bool(N._DEFN_AFTER.match(text, pos)) == bool(plain.match(text, pos)), (text, pos)


def test_including_suffix_test_is_necessary() -> None:
    lex = N._lexicon()
    assert N._may_include("12 people were killed, including ")
    assert N._may_include("five wounded, among THEM  ")
    assert N._may_include("of whom\n")
    assert not N._may_include("killed at least ")
    assert not N._may_include("")
    assert N._may_include("ıncludıng ")  # not ASCII: the pattern decides
    for text in TEXTS:
        for end in range(len(text) + 1):
            before = text[max(0, end - 60) : end]
            if lex.including.search(before):
                assert N._may_include(before), before


def test_word_tests_are_necessary_for_their_patterns() -> None:
    lex = N._lexicon()
    assert N._has_any("he also said", N._ALSO_WORDS) and not N._has_any("he said", N._ALSO_WORDS)
    for text in TEXTS:
        low = text.lower()
        if lex.also.search(text):
            assert N._has_any(low, N._ALSO_WORDS)
        if lex.fraction.search(text):
            assert N._has_any(low, lex.fraction_words)
        for pos in range(len(text)):
            if lex.bare_subject.match(text, pos):
                assert N._has_any(low, N._BARE_SUBJECT_GATE), (text, pos)
            if lex.bare_hurt.match(text, pos):
                assert N._has_any(low, N._BARE_HURT_GATE), (text, pos)
            if N._TO_DEATH_AFTER.match(text, pos):
                assert "dea" in low


def test_bare_gates_cover_each_outcome_word() -> None:
    lex = N._lexicon()
    for outcome in ("killed", "shot dead", "shot and killed", "murdered", "lynched", "assassinated", "beheaded",
                    "hacked to death", "burnt to death", "found dead", "dies", "died", "gunned down", "executed",
                    "slain"):
        text = f"Village elder {outcome} in market"
        assert lex.bare_subject.match(text), outcome
        assert N._has_any(text.lower(), N._BARE_SUBJECT_GATE), outcome
    for outcome in ("injured", "wounded", "hurt", "hospitalised", "hospitalized", "recovering", "critical", "shot"):
        text = f"Village elder {outcome} in market"
        assert lex.bare_hurt.match(text), outcome
        assert N._has_any(text.lower(), N._BARE_HURT_GATE), outcome


def test_negation_hint_parts_are_necessary() -> None:
    for text in TEXTS + ["Nobody", "None of them", "not hurt", "Without injuries", "unharmed", "unhurt"]:
        for pos in range(len(text)):
            if N._NEG_HINT.search(text, pos):
                assert N._has_any(text[pos:], N._NEG_HINT_PARTS), (text, pos)
    assert not N._has_any("Three were killed.", N._NEG_HINT_PARTS)
