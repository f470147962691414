"""Speed shortcuts give exactly the answers of the plain computations they replace: the place
key (``norm_key``), the hyphen unmasking of cleanup, the place tagger's rewritten patterns and
its test of the word before a name. Every sentence here is invented."""

from __future__ import annotations

import random
import re

import pytest

from sitrep.ingest import cleanup
from sitrep.nlp import places
from sitrep.nlp.gazetteer import get_gazetteer
from sitrep.nlp.geo_normalize import ARTICLES, _word_key, fold, norm_key, words_key
from sitrep.nlp.places import PlaceTagger, _word_before
from sitrep.nlp.resources import load_yaml


def _plain_norm_key(text: str) -> str:
    """norm_key as first written: non-alphanumerics to spaces, a split, articles dropped
    before the last word."""
    words = re.sub(r"[^a-z0-9]+", " ", fold(text)).split()
    if len(words) > 1:
        words = [w for w in words[:-1] if w not in ARTICLES] + words[-1:]
    return " ".join(_word_key(w) for w in words if w)


NAMES = ["Deir ez-Zor", "Dayr az Zawr", "Al-Hasakah", "Ras el Ain", "Dar es Salaam", "St. Louis",
         "Prince George's County", "Kamışlı'da", "Ḩamāh", "  ", "", "-", "al", "Al Bab", "The Hague",
         "A1 Road", "Tərtər", "Straße 12", "O'Hare", "Mt. Vernon", "el-Fasher!", "ALEPPO",
         "Kisumu’s", "x--y", "Ma`arrat al-Nu'man", "Nižný Novgorod", "Łódź", "Ærø"]


def test_norm_key_is_the_plain_key() -> None:
    gaz = get_gazetteer()
    rng = random.Random(3)
    sample = [p.name for key in rng.sample(sorted(gaz._extra), 400) for p in gaz.lookup(key)]
    sample += [gaz._rows[i].split("\t")[1] for i in rng.sample(range(len(gaz._rows)), 2000)]
    for name in NAMES + sample:
        assert norm_key(name) == _plain_norm_key(name), name


def test_words_key_of_plain_words_is_the_phrase_key() -> None:
    """A phrase of ASCII words one space apart keys as its lower-cased words keyed together
    (the place tagger's shortcut for the phrases of a capitalised run)."""
    rng = random.Random(9)
    vocab = ["San", "Antonio", "Al", "el", "Deir", "Ez", "Zor", "Assukhna", "Street", "The",
             "Mississippi", "Qaraqosh", "Saint", "St", "Ras", "Ain", "Hassakeh", "Aleppo"]
    for _ in range(3000):
        words = [rng.choice(vocab) for _ in range(rng.randrange(1, 6))]
        assert words_key([w.lower() for w in words]) == norm_key(" ".join(words)), words


def _plain_unmask_hyphens(text: str) -> str:
    words = cleanup._hyphen_masked()
    return cleanup._HYPHEN_PAIR.sub(
        lambda m: m.group(1) + m.group(2) if (m.group(1) + m.group(2)).lower() in words
        else m.group(0), text)


def test_hyphen_shortcut_agrees_with_the_pattern() -> None:
    words = sorted(cleanup._hyphen_masked())
    assert words, "the masked-word list is empty"
    word = words[0]
    cut = max(1, len(word) // 2)
    head, tail = word[:cut], word[cut:]
    masked = f"{head}-{tail}"
    texts = [
        f"Two men were {masked} on Sunday.", f"Two men were {masked.upper()} on Sunday.",
        f"x{masked} y", f"{masked}x", f"_{masked}", f"{masked}_", f"-{masked}", f"{masked}-",
        f"é{masked}", f"{masked}é", f"{masked}", f"{head}-{tail.upper()}", f"1{masked}",
        "A long-range strike hit a well-known market in the north-east.",
        "The so-called ceasefire: a co-op, a re-run, x-y-z, ab-cd-ef, abcdefg-hi, ab-cdefghi.",
        "-", "--", "a-", "-a", "",
    ]
    rng = random.Random(5)
    alphabet = [head, tail, "-", " ", "a", "Z", "é", "_", "1", ".", masked]
    texts += ["".join(rng.choice(alphabet) for _ in range(rng.randrange(1, 12))) for _ in range(3000)]
    for text in texts:
        plain = _plain_unmask_hyphens(text)
        assert cleanup._any_hyphen_masked(text, cleanup._hyphen_masked()) == (plain != text), text
        assert cleanup.unmask(text) == plain, text


def test_hyphen_masked_word_is_read_whole() -> None:
    word = sorted(cleanup._hyphen_masked())[0]
    text = f"Three people were {word[:2]}-{word[2:]} in the raid."
    assert cleanup.unmask(text) == f"Three people were {word} in the raid."


# The two whole-text patterns rewritten capital first (see places._NAME_PAIR).
_OLD_NAME_PAIR = re.compile(r"(?<![\w'’.-])([A-Z][a-z]+(?:['’-][A-Z]?[a-z]+)?)"
                            r"(?= (?:[A-Z]\. )?([A-Z][a-z]+(?:['’-][A-Z]?[a-z]+)?)(?![\w-]))")

TEXTS = [
    "Officer Dana Reyes said Tyler J. Buchanan, 31, of Clear Lake, was hurt. Reyes said more.",
    "O'Neil Brown-Smith told police; x.Tom Hardy and -Ann Lee, 'Bob Marsh' and ’Kim Ray said.",
    "Maria said. Jones told reporters that Lopez-Garcia added, and McAllister Park noted.",
    "Ann Lee", "A B", "Ann", "", "  Ann   Lee said  ", "ÉAnn Lee", "_Ann Lee said", "9Ann Lee",
]


def _random_texts(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    parts = ["Ann", "Lee", "said", "told", "J.", " ", " ", ",", ".", "-", "'", "’", "x", "O'Neil",
             "Brown-Smith", "\n", "É", "_"]
    return ["".join(rng.choice(parts) for _ in range(rng.randrange(1, 20))) for _ in range(n)]


@pytest.mark.parametrize("which", ["pair", "speech"])
def test_capital_first_patterns_match_as_before(which: str) -> None:
    if which == "pair":
        old, new = _OLD_NAME_PAIR, places._NAME_PAIR
    else:
        verbs = "|".join(load_yaml("gazetteer/us_person_cues.yaml")["speech_verbs"])
        old = re.compile(rf"(?<![\w'’.-])([A-Z][a-z]+(?:['’-][A-Z]?[a-z]+)?),? (?:{verbs})\b")
        new = PlaceTagger()._speech
    for text in TEXTS + _random_texts(3000, seed=11):
        assert ([(m.span(), m.groups()) for m in old.finditer(text)]
                == [(m.span(), m.groups()) for m in new.finditer(text)]), text


# Patterns anchored at a name's start that the word before the name gates.
_GATED = {
    "of_the": [places._BLOCK_OF, places._ADMIN_OF, places._RURAL_OF],
    "in_the": [places._FROM_IN],
    "of": [places._FROM_OF, places._RESIDENT_OF],
}


def _gate_allows(back: str | None, gate: str) -> bool:
    if back is None:
        return True
    return back.endswith({"of_the": places._OF_THE, "in_the": places._IN_THE, "of": "of"}[gate])


def test_word_before_never_hides_a_match() -> None:
    """Wherever a gated pattern matches right before a position, the gate lets it be tried."""
    rng = random.Random(13)
    parts = ["from", "the", "in", "of", "block", "province", "countryside", "towns", "village",
             "OF", "The", "IN", ",", "12,", " ", " ", "  ", "\n", "\t", "ı", "ſ", "x", "’s", "Qana",
             "coded", "as", "coordinates", "for", "at", "near", "2517", "AS"]
    tagger = PlaceTagger()
    for _ in range(6000):
        text = "".join(rng.choice(parts) + rng.choice([" ", "", " "]) for _ in range(rng.randrange(1, 9)))
        for pos in range(len(text) + 1):
            back = _word_before(text, pos)
            lo = max(0, pos - 60)
            for gate, patterns in _GATED.items():
                if any(rx.search(text, lo, pos) for rx in patterns):
                    assert _gate_allows(back, gate), (text, pos, gate)
            if tagger._coded.search(text, lo, pos):
                assert back is None or back.endswith(tagger._coded_ends), (text, pos)
            if places._HOUSE_NUMBER.search(text, max(0, pos - 14), pos):
                assert back is None or back[-1:].isdigit(), (text, pos)


def test_gated_cues_still_read() -> None:
    """The cues behind those patterns, in invented sentences."""
    tagger = PlaceTagger()

    def mention(text: str, name: str) -> places._Mention:
        mentions, _, _ = tagger._scan(text)
        found = [m for m in mentions if text[m.start : m.end] == name]
        assert found, (text, name)
        return found[0]

    assert mention("Fighting spread across the province of Idlib on Monday.", "Idlib").admin_cue
    assert mention("Families fled from two villages in the Idlib area.", "Idlib").origin
    assert mention("Aid reached evacuees from the towns of Madaya overnight.", "Madaya").origin
    assert mention("The strike was coded as Kobani by the monitor.", "Kobani").coded
    assert not mention("The strike hit Kobani on Monday.", "Kobani").coded
    text = "Police were called to the 1200 block of Garissa Road on Friday."
    assert not [m for m in tagger._scan(text)[0] if text[m.start : m.end] == "Garissa"]


@pytest.mark.parametrize("before", ["-", "'’-"])
def test_word_starts_are_the_pattern_matches(before: str) -> None:
    rng = random.Random(17)
    parts = ["Lee", "lee", "Lee's", "O'Lee", "-", "'", "’", " ", " ", ".", "_", "1", "é", "x", "\n"]
    for word in ["Lee", "lee", "O'Lee", "Lee-Ann"]:
        pattern = re.compile(rf"(?<![\w{re.escape(before)}]){re.escape(word)}(?![\w-])")
        for _ in range(1500):
            text = "".join(rng.choice(parts + [word]) for _ in range(rng.randrange(0, 14)))
            found = list(places._word_starts(text, word, before))
            if "'" not in word:
                assert found == [m.start() for m in pattern.finditer(text)], (text, word)
            assert (found != []) == (pattern.search(text) is not None), (text, word)


def test_inside_is_the_walk_over_sentences() -> None:
    """locate's places inside an event's sentences: the binary search agrees with testing
    every sentence, whatever the sentences (unsorted, overlapping, nested, none)."""
    from sitrep.doc import Span

    rng = random.Random(21)
    for _ in range(2000):
        sentences = []
        for _ in range(rng.randrange(0, 5)):
            a = rng.randrange(0, 60)
            sentences.append(Span(a, a + rng.randrange(0, 30), "sentence", ""))
        spans = []
        for _ in range(rng.randrange(0, 8)):
            a = rng.randrange(0, 80)
            spans.append(Span(a, a + rng.randrange(0, 10), "place", ""))
        plain = [p for p in spans if any(p.start >= s.start and p.end <= s.end for s in sentences)]
        assert places._inside(spans, sentences) == plain


def test_run_pattern_finds_the_plain_runs() -> None:
    """The run scanner, written to open with a character class, finds the runs of its plain
    form (look-behinds first, then the first word)."""
    tagger = PlaceTagger()
    capital = "A-ZÀ-ÖØ-ÞĀ-ſḀ-ỿ"
    cap = (rf"(?:(?:{'|'.join(places._RUN_ARTICLES)})[-'’])?[{capital}][^\W_]*(?:[-'’][^\W_]+)*")
    cap = rf"(?:{places._ABBREV_WORD}|{cap})"
    small = "|".join(sorted(tagger.connectors | tagger.feature_words, key=len, reverse=True))
    plain = re.compile(rf"(?<![\w'’])(?<![\w'’]-){cap}(?:[ -](?:{cap}|(?:{small})(?![\w'’])))*")
    texts = [
        "Shelling hit al-Bab and ash-Shaddadi near Deir ez-Zor; St. Louis and Ft. Worth police.",
        "Ste. Genevieve, Mt. Vernon, St.Louis, St. louis, Stanford, Eldoret-based, x-Garissa",
        "MEMPHIS, Tenn. --Memphis police; 'Aleppo' ’Idlib’ _Homs 9Hama Ālī ḤamāḤ el-Fasher",
        "the Kakuma refugee camp in Turkana County, Lake Turkana and the Gulf of Aden",
    ]
    rng = random.Random(23)
    parts = ["St.", "Ste.", "Mt", "al-", "el'", "ash-", "a", "e", "S", "Bab", "Homs", "of", "camp",
             " ", " ", "-", "'", "’", ".", "\n", "_", "9", "Ā", "x", "county", "Lake", "ez"]
    texts += ["".join(rng.choice(parts) for _ in range(rng.randrange(1, 16))) for _ in range(4000)]
    for text in texts:
        assert ([m.span() for m in tagger._runs.finditer(text)]
                == [m.span() for m in plain.finditer(text)]), text
