"""The fast YAML path must read every package data file exactly as PyYAML's safe_load does."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import pytest
import yaml

from sitrep.datafiles import parse_yaml

DATA = Path(str(resources.files("sitrep.data")))
FILES = sorted(p.relative_to(DATA).as_posix() for p in DATA.rglob("*.yaml"))


@pytest.mark.parametrize("relpath", FILES)
def test_parse_yaml_matches_safe_load(relpath: str) -> None:
    text = (DATA / relpath).read_text("utf-8")
    assert parse_yaml(text) == yaml.safe_load(text)


def test_parse_yaml_rejects_python_tags() -> None:
    # A safe loader either way: arbitrary Python objects are refused.
    with pytest.raises(yaml.YAMLError):
        parse_yaml("!!python/object/apply:os.system ['true']")


def test_there_are_data_files() -> None:
    assert "actors.yaml" in FILES and "gazetteer_supplement.yaml" in FILES
