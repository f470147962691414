"""The speed paths of the classifier's features give what the plain code gives."""

from __future__ import annotations

from sitrep.nlp import classify as C
from sitrep.nlp import cues
from sitrep.nlp.actors import _AIRCRAFT_HEARSAY

TEXTS = (
    "Armed raiders shot dead two herders and wounded a police officer near the river.",
    "Residents said the soldiers' convoy was hit by a roadside bomb; three troops were killed.",
    "Hundreds of traders marched to the governor's office and police fired tear gas at them.",
    "Bandits killed bandits. Police police the police station's yard",
)


def test_bigram_columns_match_the_joined_strings() -> None:
    m = C._model()
    index = m["index"]
    for text in TEXTS:
        toks = C.tokens(text, m["lower"])
        want = {index[b] for b in map(" ".join, zip(toks, toks[1:], strict=False)) if b in index}
        pairs = C._pair_index()
        got = {pairs[a][b] for a, b in zip(toks, toks[1:], strict=False)
               if a in pairs and b in pairs[a]}
        assert got == want
        # and the whole column set is the one the feature strings give
        feats = ["T=Armed clash", "RULE=None"]  # a trigger feature holds a space too
        assert C.text_indices(toks, feats).tolist() == C.feature_indices(
            C.ngram_features(toks) + feats, index)


def test_one_token_and_empty_texts() -> None:
    m = C._model()
    for text in ("", "Gunfire", "12"):
        toks = C.tokens(text, m["lower"])
        assert C.text_indices(toks, []).tolist() == C.feature_indices(C.ngram_features(toks), m["index"])


def _plain_sequence_features(seq: list[str]) -> list[str]:
    feats = ["C=" + c for c in seq]
    feats.extend(f"C2={a}>{b}" for a, b in zip(seq, seq[1:], strict=False))
    feats.extend(f"C3={a}>{b}>{c}" for a, b, c in zip(seq, seq[1:], seq[2:], strict=False))
    for i, a in enumerate(seq):
        feats.extend(f"CP={a}..{b}" for b in seq[i + 2 : i + cues.PAIR_WINDOW + 1])
    return feats + cues.role_features(seq)


def test_memoised_sequence_features_keep_their_order() -> None:
    for text in TEXTS:
        want: list[str] = []
        for seq in cues.cue_sequences(text):
            want.extend(_plain_sequence_features(seq))
        want.extend(cues.flag_features(text))  # the phrase flags come last
        feats = cues.cue_features(text)
        assert feats == want  # no actors given: no AK= features before them
        assert cues.cue_features(text) == feats  # the second time from the memo


def test_guarded_hearsay_pattern_still_reads_the_owner() -> None:
    text = "On Monday a drone, believed to be Turkish, hit a farm; jets said to be Russian circled."
    found = [m.group("nat") for m in _AIRCRAFT_HEARSAY.finditer(text)]
    assert found == ["Turkish", "Russian"]
    assert not list(_AIRCRAFT_HEARSAY.finditer("The plan is to be decided by the council."))
