"""A protest the police broke up is a protest with intervention (classify._intervention_side);
invented sentences."""

from __future__ import annotations

from sitrep.nlp.classify import _intervention_side, _model
from sitrep.nlp.cues import police_intervened


def test_force_used_on_the_demonstration_is_read() -> None:
    assert police_intervened("Nurses marched on the ministry. Officers dispersed them.")
    assert police_intervened("Riot police fired tear-gas at hawkers outside the depot.")
    assert police_intervened("The sit-in was broken up before noon.")
    assert police_intervened("Farmers rallied at the mill; police made arrests.")
    assert police_intervened("Six marchers were arrested near the bridge.")
    assert police_intervened("Guards stopped the protest at the campus gate.")


def test_a_protest_about_arrests_or_a_crowd_leaving_is_no_intervention() -> None:
    assert not police_intervened("Traders protested the arrest of their chairman.")
    assert not police_intervened("Relatives demanded the release of detained fishermen.")
    assert not police_intervened("The crowd dispersed peacefully after the speeches.")
    assert not police_intervened("Tenants marched to the county offices over rent.")


def test_only_a_peaceful_protest_reading_moves() -> None:
    classes = _model()["classes"]
    peaceful = classes.index("Peaceful protest")
    text = "Teachers demonstrated outside parliament until police dispersed the crowd."
    assert classes[_intervention_side(peaceful, text)] == "Protest with intervention"
    # Without force told the reading stands; other readings are never touched.
    assert _intervention_side(peaceful, "Teachers demonstrated outside parliament.") == peaceful
    for label in ("Violent demonstration", "Excessive force against protesters", "Arrests"):
        best = classes.index(label)
        assert _intervention_side(best, text) == best


def test_lethal_force_on_the_crowd_is_excessive_force() -> None:
    from sitrep.nlp.cues import force_on_protesters

    classes = _model()["classes"]
    text = "Soldiers opened fire on the crowd of marchers; three protesters were killed."
    assert force_on_protesters(text)
    assert force_on_protesters("Guards violently dispersed the sit-in outside the palace.")
    assert not force_on_protesters("Police fired tear gas at the marchers.")
    assert not force_on_protesters("The protesters killed a goat at the gate as a sacrifice.")
    for label in ("Peaceful protest", "Protest with intervention"):
        best = classes.index(label)
        assert classes[_intervention_side(best, text)] == "Excessive force against protesters"
    # A riot reading keeps its type: the crowd's own violence decides there.
    riot = classes.index("Violent demonstration")
    assert _intervention_side(riot, text) == riot


def test_demonstrators_detained_in_the_active_voice_are_an_intervention() -> None:
    classes = _model()["classes"]
    peaceful = classes.index("Peaceful protest")
    text = "Students held a sit-in at the campus gate. Police detained 25 of the protesters."
    assert classes[_intervention_side(peaceful, text)] == "Protest with intervention"
