"""An ACLED note's toll told over a span of hours longer than a day is shared by the days it
spans (ACLED codes an event a day), the first day's share rounded up; on invented notes."""

import pytest
from numbers_helpers import casualties


@pytest.mark.parametrize(
    "text,killed",
    [
        ("Eleven people are killed in clashes between herders over a 36 hour period near the river.", 6),
        ("Four were killed in fighting between two clans over the course of 48 hours.", 2),
        ("Seven people were killed in clashes over the course of two days.", 4),
        # a span within one day: the whole toll
        ("Two people were killed in a clash over 12 hours.", 2),
    ],
)
def test_hours_split(text: str, killed: int) -> None:
    assert casualties(text)["fatalities"] == killed
