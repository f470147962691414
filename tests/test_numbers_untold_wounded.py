"""One wounded victim told without a figure, on invented reports: a hospital state with an
adverb between ("is currently listed in critical condition"), a mixed state ("stable but
serious"), "survived" (not an obituary's "survived by"), a pronoun in a hospital state or
with a wound, and a pronoun that names a victim told dead before it; two bare nouns after one
determiner ("his wife and son"), a named victim who lived, a description between the verb and
the wound, and victims who came to a hospital by themselves."""

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


@pytest.mark.parametrize(
    "text,killed,injured",
    [
        # two bare singular person nouns after one determiner: two victims
        ("Her uncle and cousin were wounded by the gunfire.", 0, 2),
        ("His niece and nephew were killed in the blaze of bullets.", 2, None),
        ("A man and woman were taken to a hospital after the shooting.", 0, 2),
        # ... and in a headline, without a determiner
        ("Uncle and nephew wounded in Cedar Park drive-by", 0, 2),
        ("Brother and sister killed in Pine Hollow home", 2, None),
        # ... not two things
        ("His truck and trailer were hit by gunfire.", 0, None),
        # a named victim who was wounded and lived
        ("Ann Lee, 23, suffered a graze wound and went home.", 0, 1),
        ("Omar Diaz remains hospitalized.", 0, 1),
        ("Omar Diaz survived.", 0, 1),
        # ... not one found wounded (often dead), nor one told dead
        ("Omar Diaz was killed on Birch Road. Police said Omar Diaz suffered a wound to the neck.", 1, None),
        # a description between the verb and the wound; ages told as a range
        ("Three workers suffered what officials called minor wounds.", 0, 3),
        ("Five other teens, ages 15 to 18, were wounded.", 0, 5),
        # victims who came to a hospital by themselves
        ("Two more victims later showed up at an area hospital with gunshot wounds.", 0, 2),
        ("A teenager walked into a hospital with a bullet wound to the foot.", 0, 1),
        ("His aunt arrived at the hospital an hour later.", 0, None),
    ],
)
def test_untold_wounded_lists_and_names(text: str, killed: int, injured: int | None) -> None:
    c = casualties(text)
    assert (c["fatalities"], c["injured_best"]) == (killed, injured)


@pytest.mark.parametrize(
    "text,killed,injured",
    [
        # "not seriously hurt": hurt, only not badly ("not hurt" stays a denial)
        ("Police said the cook was not seriously hurt.", 0, 1),
        ("She was not critically injured and went home the same night.", 0, 1),
        ("Three people were shot. Two were not seriously injured.", 0, 3),
        ("He was not injured.", 0, 0),
        # a wounded victim told by family name whose name is told dead: one victim, dead
        ("Omar Baxter died at the hospital on Friday. Baxter was wounded in the head, but at first it"
         " did not look serious.", 1, None),
        ("Baxter was wounded in the head, but at first it did not look serious.", 0, 1),
    ],
)
def test_not_badly_hurt_and_names_told_dead(text: str, killed: int, injured: int | None) -> None:
    c = casualties(text)
    assert (c["fatalities"], c["injured_best"]) == (killed, injured)
