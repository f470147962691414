"""Note conventions and guards of the casualty reader, on invented notes: a toll shared over
the days ACLED codes (the first day takes the even share plus what is left over), "both" that
joins two settings or names two sides (no victims), deaths on the road (traffic), and a
coder's confirmed count beside an estimate."""

import pytest
from numbers_helpers import casualties


@pytest.mark.parametrize(
    "text,killed",
    [
        # five over three days: 3 + 1 + 1, the first day's event carries 3
        ("Seven homes were torched and five people were killed as two clans fought over the course of three days.", 3),
        # an even split is unchanged: ten over two days, 5
        ("At least ten people are killed following two days of fighting between herders near the ranch.", 5),
        # an odd toll over two days: the first day takes the larger half
        ("Eleven people were killed in raids over a 48 hour period in the valley.", 6),
        # fewer dead than days: one on the first day
        ("Two people were killed in clashes over the course of four days.", 1),
    ],
)
def test_days_share(text: str, killed: int) -> None:
    assert casualties(text)["fatalities"] == killed


@pytest.mark.parametrize(
    "text,killed",
    [
        # "both in X and Y": two settings, not two victims
        ("Raiders ambushed herders at the river and killed both in the valley and on the plain.", 0),
        ("Gunmen attacked the post; casualties on both sides.", 0),
        # "both" as the victims still counts two
        ("Two traders were attacked on the road; both were killed.", 2),
        ("The gang killed both of the guards at the gate.", 2),
    ],
)
def test_both(text: str, killed: int) -> None:
    assert casualties(text)["fatalities"] == killed


@pytest.mark.parametrize(
    "text,killed",
    [
        # deaths told with no killing verb on a road, or in road accidents: traffic, no violence
        ("Parents blocked the highway in protest, saying many of their children have died on the road.", 0),
        ("Three people died in road accidents over the holiday, and drivers protested the potholes.", 0),
        # a killing on a road is a killing
        ("Two men were shot dead on the road.", 2),
        ("Four pupils were killed on the highway.", 4),
        # "died on the road to X" names a place on the way, not traffic
        ("Two people died on the road to the market after gunmen opened fire.", 2),
    ],
)
def test_road_deaths(text: str, killed: int) -> None:
    assert casualties(text)["fatalities"] == killed


@pytest.mark.parametrize(
    "text,killed",
    [
        # a coder's "estimate / confirmed" fields: the confirmed count is coded
        ("Gunmen raided the market at dusk. FATALITIES: estimate: 12 / confirmed: 7", 7),
        ("Gunmen raided the market at dusk. FATALITIES: estimated: 9/ confirmed: 4", 4),
        # an estimate alone is still the toll
        ("Gunmen raided the market at dusk. FATALITIES: estimate: 12", 12),
    ],
)
def test_confirmed_over_estimate(text: str, killed: int) -> None:
    assert casualties(text)["fatalities"] == killed
