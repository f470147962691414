"""A figure right after "ages", "aged" or "the ages of" gives the victims' ages, not a toll
("four men, between the ages of 17-19, were wounded" wounds four, not 17). Invented
sentences."""

import pytest
from numbers_helpers import casualties


@pytest.mark.parametrize(
    "text,injured",
    [
        ("Police said three other men, between the ages of 17-19 were also wounded.", None),
        ("Several teens between the ages of 13 and 16 were wounded near the mall.", None),
        ("The victims, ages 21 to 26, were wounded in the parking lot.", None),
        # the toll before the ages stays
        ("Three teens, ages 14 and 15, were wounded near the mall.", 3),
    ],
)
def test_ages_are_no_toll(text: str, injured: int | None) -> None:
    assert casualties(text)["injured_best"] == injured
