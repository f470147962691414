"""Tolls that are not the event's whole toll, on invented coder's notes and headlines: a toll
told as its parts in two places (ACLED codes an event a place), deaths given as a reason in
the past perfect, a vague crowd before the toll's own figure, and a headline's one victim."""

import pytest
from numbers_helpers import casualties


@pytest.mark.parametrize(
    "text,killed",
    [
        # parts in two places: the first place's part
        ("Clan fighting caused two deaths, one in Kiambu and the other in Thika.", 1),
        ("12 killed in clashes between rival groups in Eldoret (5) and Burnt Forest (7). DETAILS NOT SPECIFIED.", 5),
        # parts that do not add up to the toll are something else
        ("12 killed in clashes between rival groups in Eldoret (5) and Burnt Forest (4).", 12),
        # a place named without parts keeps the toll
        ("Two men were killed in Kisumu on Monday.", 2),
    ],
)
def test_place_parts(text: str, killed: int) -> None:
    assert casualties(text)["fatalities"] == killed


@pytest.mark.parametrize(
    "text,killed",
    [
        # earlier deaths given as the reason for the event
        ("The councillor stormed the clinic, saying he acted as five patients had died there last month.", 0),
        ("Herders blocked the road because two boys had been killed by a truck.", 0),
        # the past perfect alone is still the toll
        ("Five patients had died at the clinic by Monday, officials said.", 5),
    ],
)
def test_reason_in_past_perfect(text: str, killed: int) -> None:
    assert casualties(text)["fatalities"] == killed


def test_vague_crowd_before_the_toll() -> None:
    # "dozens mourn four slain": the crowd is no toll, the four are
    assert casualties("At a vigil, dozens mourn four slain on Elm Street")["fatalities"] == 4
    assert casualties("Dozens of people were killed in the raid.")["fatalities"] == 12


@pytest.mark.parametrize(
    "text,killed",
    [
        # a headline's bare subject told dead: "Teen, 17, dead in ...", "Man dead after ..."
        ("Teen, 16, dead in shooting at a Maple Street apartment", 1),
        ("Man dead after gunfire outside a corner store", 1),
        # its one victim does not lower the plural toll the story tells
        ("Man killed in parking lot shooting. Police said two men were shot dead near the bar.", 2),
    ],
)
def test_headline_victims(text: str, killed: int) -> None:
    assert casualties(text)["fatalities"] == killed


def test_a_share_of_the_same_toll_is_a_part_not_a_lower_report() -> None:
    # "half of them" after a toll of the same outcome tells where some of the dead fell;
    # ACLED's lowest reported figure is still the whole toll.
    got = casualties("Monitors said 30 fighters were killed in the raids overnight. "
                     "Half of the fighters died in the eastern province.")
    assert got["fatalities"] == 30
    assert got["fatalities_low"] == 30
    # a share of people told otherwise is the toll itself
    assert casualties("Some 40 men were seized at the market; half of them were killed "
                      "later that day.")["fatalities"] == 20
