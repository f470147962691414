"""Loading of the ingestion data file (``data/lexicons/boilerplate.yaml``), once per process."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from typing import Any

from sitrep.datafiles import parse_yaml


@lru_cache(maxsize=1)
def boilerplate_data() -> dict[str, Any]:
    path = resources.files("sitrep.data").joinpath("lexicons/boilerplate.yaml")
    return parse_yaml(path.read_text("utf-8"))
