"""Wounded survivors beside the dead, on invented reports: a victim "also shot" after a death,
"shot but survived", "wounded another" after a killing, two victims of the same noun told in
one clause, a negation about someone else, a hospital stay, and a toll split into its parts."""

import pytest
from numbers_helpers import casualties


@pytest.mark.parametrize(
    "text,killed,injured",
    [
        # a victim "also" shot right after a death is one more, not one of the dead
        ("A cook was shot dead behind the diner on Elm Road. His sister was also shot and is in stable condition.", 1, 1),
        ("Officers found a 19-year-old man dead in the yard. A woman and two other men were also shot.", 1, 3),
        # ... but not one of a plural number of people shot told before
        ("Four people were shot on Pine Avenue, one of them fatally. A cashier was also shot in the hand.", 1, 3),
        # "shot but survived", "survived the shooting": wounded
        ("Three men were killed at the garage. A fourth man was shot but survived.", 3, 1),
        ("Two brothers died at the farm. One of the workers survived the shooting.", 2, 1),
        # "wounded another" after a killing verb: one wounded
        ("The gunman shot and killed two clerks and seriously wounded another at the depot.", 2, 1),
        # ... another than the dead, not an addition to a later wounded victim
        ("He is accused of killing three hikers and wounding another. The surviving hiker was found wounded.", 0, 1),
        # two victims of the same noun in one clause: one dead, one wounded
        ("The boy shot his younger brother to death, wounded his older brother in the leg and fled.", 1, 1),
        # a negation about a bystander does not undo a victim shot
        ("Police said the teen shot his cousin by accident. A neighbour was not injured.", 0, 1),
        # "in an area hospital": wounded
        ("Two victims died. The third victim, a 15-year-old girl, is in an area hospital.", 2, 1),
        # "sent a ... to the hospital"
        ("The shooting on the pier sent a teenage girl to the hospital.", 0, 1),
        # "shot and later died": all of them dead
        ("Two men were shot and later died at the hospital.", 2, None),
        # "a fifth victim": one more than the four told
        ("Deputies found four victims who had been struck by gunfire. A fifth victim was found wounded at a clinic.", 0, 5),
        # "shot at" others: the shooter, no victim
        ("In June, a 19-year-old man shot at nine people before turning the gun on himself.", 1, None),
        ("Gunman shot at a dozen people outside a bar before killing himself", 1, None),
        ("A man was shot at a party on Birch Lane.", 0, 1),
        # one wounded and the "other" ones add up to the lead toll: its parts
        ("Four in hospital after Elm Street shooting. One person was critically wounded and three others are in stable condition.", 0, 4),
    ],
)
def test_survivors(text: str, killed: int, injured: int | None) -> None:
    c = casualties(text)
    assert (c["fatalities"], c["injured_best"]) == (killed, injured)
