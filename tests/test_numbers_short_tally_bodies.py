"""Two bodies told together ("his body and that of his wife were found"): two victims."""

from numbers_helpers import casualties


def test_body_and_that_of_another_counts_two():
    out = casualties("His body and that of his brother were discovered in a ditch outside Eldoret.")
    assert out["fatalities"] == 2


def test_body_and_the_body_of_another_counts_two():
    out = casualties("The body of a trader and the body of a young herder were found near the river.")
    assert out["fatalities"] == 2


def test_one_body_stays_one():
    out = casualties("The body of a trader was found near the river on Monday.")
    assert out["fatalities"] == 1


def test_one_from_each_side_counts_two():
    out = casualties("Herders and rangers fought near the dam, and one man from each side was killed.")
    assert out["fatalities"] == 2


def test_each_side_blaming_adds_nobody():
    out = casualties("Three people were killed in the brawl and each side blamed the other.")
    assert out["fatalities"] == 3


def test_bodies_of_a_named_official_and_another_count_two():
    out = casualties(
        "The bodies of the water board's chief engineer, Paul Mwangi, and another man were found near Thika."
    )
    assert out["fatalities"] == 2


def test_bodies_of_a_long_list_are_not_read_as_two():
    out = casualties("The bodies of the chief and his wife and a child were found near Thika.")
    assert out["fatalities"] != 2
