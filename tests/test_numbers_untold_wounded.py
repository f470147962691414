"""One wounded victim told without a figure, on invented reports: a hospital state with an
adverb between ("is currently listed in critical condition"), a mixed state ("stable but
serious"), "survived" (not an obituary's "survived by"), a pronoun in a hospital state or
with a wound, and a pronoun that names a victim told dead before it."""

import pytest
from numbers_helpers import casualties


@pytest.mark.parametrize(
    "text,killed,injured",
    [
        # a hospital state after an adverb, and a state of two words
        ("The cashier is currently listed in critical condition.", 0, 1),
        ("The toddler is still in stable but serious condition at a children's hospital.", 0, 1),
        # "survived": wounded; one more than the dead told before it
        ("Three guests were killed at the lodge. A fourth guest survived.", 3, 1),
        ("Two hikers were hit by the gunfire. One hiker survived.", 0, 1),
        # an obituary's "survived by" tells no victim
        ("He is survived by his parents and a sister.", 0, None),
        # a pronoun in a hospital state, recovering, or with a wound
        ("She remains hospitalized.", 0, 1),
        ("He suffered a gunshot wound to the hip.", 0, 1),
        ("A woman was shot on Maple Avenue. She is in stable condition.", 0, 1),
        ("A man was killed outside the bar. His wife was also shot. She is recovering.", 1, 1),
        # ... not the victim told dead just before
        ("A boy died at the park. He was in critical condition when deputies arrived.", 1, None),
        # "shot three times": a count of shots, not of people
        ("The clerk was shot three times and survived.", 0, 1),
    ],
)
def test_untold_wounded(text: str, killed: int, injured: int | None) -> None:
    c = casualties(text)
    assert (c["fatalities"], c["injured_best"]) == (killed, injured)
