"""A military or police rank is one person in a victim list: "a captain and two soldiers were
killed" is three, as "a sergeant and two soldiers" already was."""

import pytest
from numbers_helpers import casualties


@pytest.mark.parametrize(
    "text,killed",
    [
        ("A captain and four soldiers were killed when the convoy was ambushed.", 5),
        ("A colonel and two bodyguards were shot dead at the gate.", 3),
        ("Insurgents killed a brigadier and his driver on the highway.", 2),
        ("Two guards and a lieutenant died in the blast at the depot.", 3),
        # the rank as a speaker is no victim
        ("The captain said three soldiers were killed in the raid.", 3),
    ],
)
def test_rank_is_one_victim(text: str, killed: int) -> None:
    assert casualties(text)["fatalities"] == killed
