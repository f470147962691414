"""A protest word in a sentence names the cause of the protest only when the figure belongs to
that cause ("protested over the killing of two traders"). The toll of the sentence's own act,
told after a comma (", killing 40") or in a clause of its own (", and police shot dead two"),
is the event's toll unless the cause clause tells violence of its own."""

import pytest
from numbers_helpers import casualties


@pytest.mark.parametrize(
    "text,killed",
    [
        # the troops' shooting is the act; "after evening prayers" is no violence
        ("Troops fired on mourners demonstrating after evening prayers in the old town, killing at least 40 people.", 40),
        # a relative clause with the protest's aim, then the toll of the shooting
        ("Police shot at marchers who were protesting the delayed vote, killing about 30 people.", 30),
        # a coordinated clause with its own subject
        ("Traders demonstrated against the new levy near the bus park, and police shot dead two of them.", 2),
    ],
)
def test_toll_of_the_act(text: str, killed: int) -> None:
    assert casualties(text)["fatalities"] == killed


@pytest.mark.parametrize(
    "text",
    [
        # the figure is inside the cause
        "Hundreds of residents protested over the killing of two traders near the bus park.",
        "Hundreds of residents marched over the killing of two traders near the bus park.",
        # the cause clause tells its own violence before the participle
        "Residents protested after police opened fire on a crowd at the market, killing two.",
    ],
)
def test_cause_stays_a_cause(text: str) -> None:
    assert casualties(text)["fatalities"] == 0


@pytest.mark.parametrize(
    "text,killed",
    [
        # the mourners as the subject: the death they protest is the protest's cause
        ("Parents of a herdsman who died in a police cell held a sit-in at the chief's camp in Marigat.", 0),
        ("Friends of a hawker shot dead by council guards blocked the main road in Eldama Ravine.", 0),
        # no protest told: the death stays the note's toll
        ("Relatives of a herdsman who was killed by rangers said he had been unarmed.", 1),
    ],
)
def test_mourners_as_subject(text: str, killed: int) -> None:
    assert casualties(text)["fatalities"] == killed
