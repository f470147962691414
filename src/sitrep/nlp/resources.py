"""Loading package data files (YAML lexicons, gazetteer, models) once per process."""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import Any

from sitrep.datafiles import parse_yaml


@cache
def load_yaml(relpath: str) -> Any:
    """Load ``src/sitrep/data/<relpath>``; cached, so callers may call it freely."""
    node = resources.files("sitrep.data")
    for part in relpath.split("/"):
        node = node.joinpath(part)
    return parse_yaml(node.read_text("utf-8"))
