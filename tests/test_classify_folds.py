"""train.folds: the cross-validation folds split only the evaluation notes; the invented
extra sentences train every fold exactly once and are never held out."""

from __future__ import annotations

from sitrep.nlp.train import folds


def _rows() -> list[dict]:
    rows = []
    for i in range(40):
        label = "Attack" if i % 2 else "Armed clash"
        rows.append({"text": f"note number {chr(97 + i % 26)}{i // 26} about a {label}",
                     "label": label, "source": "acled" if i < 30 else "case"})
    # a near-copy of note 0 (same after masking digits): its group must not be split
    rows.append({"text": "note number a0 about a Armed clash ", "label": "Armed clash",
                 "source": "acled"})
    for i in range(6):
        rows.append({"text": f"invented sentence {i}", "label": "Attack", "source": "extra"})
    return rows


def test_extras_train_every_fold_once_and_are_never_held_out() -> None:
    rows = _rows()
    extra = {i for i, r in enumerate(rows) if r["source"] == "extra"}
    dev = set(range(len(rows))) - extra
    got = folds(rows, k=5, seed=13)
    assert len(got) == 5
    held: list[int] = []
    for train_idx, test_idx in got:
        assert not extra & set(test_idx)
        assert sorted(i for i in train_idx if i in extra) == sorted(extra)  # each once
        assert not set(train_idx) & set(test_idx)
        held.extend(test_idx)
    assert sorted(held) == sorted(dev)  # the held-out folds partition the dev notes


def test_a_note_and_its_near_copy_stay_in_one_fold() -> None:
    rows = _rows()
    copy = len(rows) - 7
    for _, test_idx in folds(rows, k=5, seed=1):
        assert (0 in test_idx) == (copy in test_idx)
