"""Loading package data files (YAML lexicons, gazetteer, models) once per process."""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import Any

import yaml


@cache
def load_yaml(relpath: str) -> Any:
    """Load ``src/sitrep/data/<relpath>``; cached, so callers may call it freely."""
    node = resources.files("sitrep.data")
    for part in relpath.split("/"):
        node = node.joinpath(part)
    return yaml.safe_load(node.read_text("utf-8"))
