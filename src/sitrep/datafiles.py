"""Parsing the package's YAML data files (lexicons, gazetteer tables, settings).

libyaml's parser is about ten times faster than PyYAML's pure-Python one and yields the same
objects (the resolvers are shared). The data files are read at every start-up, so this is
most of the start-up time. PyYAML falls back to pure Python where it was built without libyaml.
"""

from __future__ import annotations

from typing import Any

import yaml

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

YAMLError = yaml.YAMLError


def parse_yaml(text: str) -> Any:
    """``yaml.safe_load`` with the C parser when available."""
    return yaml.load(text, Loader=_LOADER)  # noqa: S506 - always a safe loader
