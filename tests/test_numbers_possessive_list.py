"""A victim list whose next member is told after a possessive: "killed a woman and her two
daughters", "a man and his two sons were found dead" are three victims ("her" is not one more
victim, and the figure after it counts)."""

import pytest
from numbers_helpers import casualties


@pytest.mark.parametrize(
    "text,killed",
    [
        ("The gunman killed a woman and her two daughters at the farm.", 3),
        ("Raiders shot dead a herder and his three sons near the river.", 4),
        ("Attackers killed a trader and their 2 guards on the road.", 3),
        # a possessive before a bare noun is one more victim, as before
        ("The gunman killed a farmer and his wife on Sunday.", 2),
        # the list as the subject of a passive outcome
        ("A fisherman and his two nephews were found dead on the shore.", 3),
        ("A widow and her 4 grandchildren were shot dead in their home.", 5),
        ("A driver and his wife were killed at the checkpoint.", 2),
    ],
)
def test_possessive_list_member(text: str, killed: int) -> None:
    assert casualties(text)["fatalities"] == killed


@pytest.mark.parametrize(
    "text,killed",
    [
        # a list's last member told with "the": one more victim
        ("The blast killed 6 soldiers and the civilian driver of the truck.", 7),
        ("Gunmen shot dead two traders and the driver near the market.", 3),
        # ... also before a passive outcome, "personnel" being people like "staff"
        ("Three border personnel and the bomber died in the blast.", 4),
        ("Five police personnel and the gunman were killed in the raid.", 6),
        # not a victim: a name, a new clause, a body that condemns
        ("Bandits killed 3 herders and the Red Cross condemned the raid.", 3),
        ("Militants killed four soldiers and the commander was wounded.", 4),
    ],
)
def test_a_last_member_with_the_article(text: str, killed: int) -> None:
    assert casualties(text)["fatalities"] == killed
