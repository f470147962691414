"""Word lists in the package's YAML data hold words, never YAML's booleans or nulls.

YAML 1.1 reads a bare ``no``, ``on``, ``off``, ``yes`` (any case) as a boolean and ``null`` or
``~`` as nothing, so a lexicon line ``- no`` silently becomes ``False`` and the word is lost
from its list (the negation cue "no", the abbreviation "No."). Such words must be quoted.
Booleans stay allowed as mapping values (``bare: false``, ``cue: true``): only list items are
words.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

DATA = Path(__file__).resolve().parents[1] / "src" / "sitrep" / "data"
YAML_FILES = sorted(DATA.rglob("*.yaml"))


def _non_words(node: Any, path: str) -> list[str]:
    found: list[str] = []
    if isinstance(node, dict):
        for key, value in node.items():
            found += _non_words(value, f"{path}/{key}")
    elif isinstance(node, list):
        for i, item in enumerate(node):
            if isinstance(item, bool) or item is None:
                found.append(f"{path}[{i}] = {item!r}")
            else:
                found += _non_words(item, f"{path}[{i}]")
    return found


def test_there_are_data_files() -> None:
    assert len(YAML_FILES) > 10


@pytest.mark.parametrize("path", YAML_FILES, ids=lambda p: str(p.relative_to(DATA)))
def test_list_items_are_not_yaml_booleans(path: Path) -> None:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert _non_words(data, path.name) == [], "quote these words in the YAML file"


def test_the_check_sees_a_bare_no() -> None:
    assert _non_words(yaml.safe_load("NEG: [no, not]"), "x") == ["x/NEG[0] = False"]
