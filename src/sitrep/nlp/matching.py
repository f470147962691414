"""Small helpers shared by the dictionary taggers."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

M = TypeVar("M", bound=Sequence)


def leftmost_longest(found: list[M]) -> list[M]:
    """Keep non-overlapping matches, leftmost first and, at one start, the longest.

    Each match is a sequence whose first two items are its start and end offsets."""
    found = sorted(found, key=lambda m: (m[0], -(m[1] - m[0])))
    out: list[M] = []
    last = -1
    for m in found:
        if m[0] >= last:
            out.append(m)
            last = m[1]
    return out
