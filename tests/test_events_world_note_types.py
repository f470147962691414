"""Sub-event types of terse coder's notes in the house style of ACLED's busiest countries:
munitions dropped from the air, drones counted as shot down, posts captured, a taking that
opens the note before the fighting or the strikes behind it, one development the note names
when the model is unsure, and a killing the model reads as a development. Invented notes."""

from __future__ import annotations

import pytest

from sitrep.ingest import make_doc
from sitrep.nlp.triggers import TriggerTagger
from sitrep.pipeline import default_pipeline


def _main(text: str) -> tuple[str | None, int | None]:
    doc = default_pipeline()(make_doc("t", text))
    if not doc.events:
        return None, None
    return doc.events[0].sub_event_type, doc.events[0].fatalities


def _labels(text: str) -> set[str]:
    spans, _ = TriggerTagger().analyse(text)
    return {s.label for s in spans if s.attrs.get("strong")}


@pytest.mark.parametrize("text", [
    "An army helicopter dropped bombs on a hamlet near the river.",
    "A quadcopter flown by the gang dropped explosives on a ranch.",
    "The jets were dropping bombs over the hills all night.",
    "Troops launched Shahed drones at the port overnight.",
])
def test_munitions_dropped_from_the_air_are_an_air_strike(text: str) -> None:
    assert "Air/drone strike" in _labels(text)


@pytest.mark.parametrize("text", [
    "On 9 October 2023, a junta jet bombed a clinic in Mindat township (Chin state). Four "
    "patients were killed.",
    "On 2 March 2024, an army helicopter reportedly bombed a ferry landing on Lake Chad (Lac), "
    "killing five fishermen.",
])
def test_a_craft_that_bombs_is_an_air_strike_not_a_planted_bomb(text: str) -> None:
    sub, _ = _main(text)
    assert sub == "Air/drone strike"


def test_a_bombing_by_men_on_the_ground_stays_a_bomb() -> None:
    sub, _ = _main("On 2 March 2024, unknown men bombed a bar in Kampala (Kampala), killing two.")
    assert sub == "Remote explosive/landmine/IED"


@pytest.mark.parametrize("text", [
    "Air defence units shot down 7 enemy drones over the district.",
    "Gunners shot down over twenty Shahed drones overnight.",
    "The brigade shot down two cruise missiles near the dam.",
])
def test_drones_counted_as_shot_down_are_disrupted_weapons(text: str) -> None:
    assert "Disrupted weapons use" in _labels(text)


def test_a_person_shot_down_is_no_disrupted_weapon() -> None:
    assert "Disrupted weapons use" not in _labels("Police shot down two robbers at the market.")


def test_posts_captured_are_territory_not_a_base_set_up() -> None:
    labels = _labels("Rebel fighters captured several military outposts near the pass.")
    assert "Non-state actor overtakes territory" in labels
    assert "Headquarters or base established" not in labels


def test_a_taking_told_first_is_the_event() -> None:
    sub, _ = _main("On 3 May 2022, government troops and allied militia retook Garbolo town "
                   "from the rebels after two days of air strikes and heavy fighting.")
    assert sub == "Government regains territory"


def test_a_base_overrun_is_the_taking_not_the_clash() -> None:
    sub, deaths = _main("On 9 June 2022, insurgents overran an army base in Tarkundi district; "
                        "at least 17 soldiers were killed.")
    assert (sub, deaths) == ("Non-state actor overtakes territory", 17)


def test_strikes_told_before_the_taking_keep_their_type() -> None:
    sub, _ = _main("On 3 May 2022, air strikes hit rebel positions around Garbolo town before "
                   "government troops retook it.")
    assert sub != "Government regains territory"


def test_a_killing_read_as_a_development_is_an_attack() -> None:
    sub, deaths = _main("On 2 May 2022, militiamen killed 3 farmers who had refused forced "
                        "recruitment near Tarkundi village.")
    assert (sub, deaths) == ("Attack", 3)


def test_a_killing_in_a_relative_clause_leaves_the_development() -> None:
    sub, _ = _main("Militiamen who killed 12 villagers last month have set up a base near the "
                   "lake and now control the road.")
    assert sub == "Headquarters or base established"


def test_an_arrest_is_the_event_not_the_protest_it_followed() -> None:
    sub, _ = _main("On 4 July 2023, police detained four union leaders at their offices in "
                   "Harare (Harare). The four had earlier led a march against price rises.")
    assert sub == "Arrests"


def test_a_town_retaken_with_a_militia_backing_is_the_taking() -> None:
    sub, _ = _main("On 2 June 2023, army units backed by a clan militia retook Bulo Burte "
                   "(Hiiraan) after the insurgents pulled out following brief fighting.")
    assert sub == "Government regains territory"


def test_men_killed_for_serving_the_army_are_an_attack() -> None:
    sub, dead = _main("On 7 April 2024, ISGS militants attacked a small hamlet outside Ansongo "
                      "(Gao), killing seven men suspected of collaborating with the army.")
    assert (sub, dead) == ("Attack", 7)


def test_a_neighbourhoods_residents_who_beat_a_man_to_death_are_a_mob() -> None:
    text = ("On 12 July 2023, residents of a hillside favela in Olinda (Olinda, Pernambuco) beat "
            "a man to death after accusing him of robbing a bakery.")
    assert _main(text) == ("Mob violence", 1)


def test_an_armed_group_storming_a_village_is_no_mob() -> None:
    text = ("On 2 January 2024, RSF fighters stormed the village of Um Sunut (Rufaa, Al "
            "Jazirah), burning granaries and killing nine residents, according to local "
            "activists.")
    assert _main(text) == ("Attack", 9)


def test_missiles_all_intercepted_with_no_one_hurt_are_disrupted() -> None:
    text = ("On 3 March 2024, Russian forces fired cruise missiles at Odesa (Odesa). Air "
            "defence intercepted all of them; no one was hurt.")
    assert _main(text)[0] == "Disrupted weapons use"
    # some got through and killed: the strike stands
    text = ("On 3 March 2024, Russian forces fired cruise missiles at Odesa (Odesa). Air "
            "defence intercepted most of them; two people were killed.")
    assert _main(text)[0] != "Disrupted weapons use"


def test_a_raid_that_only_arrested_is_arrests() -> None:
    text = ("On 8 May 2024, Israeli forces raided Beit Ummar (Hebron, West Bank), searched "
            "homes and detained six men.")
    assert _main(text) == ("Arrests", 0)


def test_shahed_type_drones_are_an_air_strike() -> None:
    assert "Air/drone strike" in _labels("Troops launched Shahed-type drones at the port.")
