"""CasualtyTagger and casualties_for on invented sentences."""

import pytest

from sitrep.doc import Doc, Span
from sitrep.nlp.numbers import CasualtyTagger, casualties_for

TAGGER = CasualtyTagger()


def run(text: str) -> tuple[list[Span], dict]:
    doc = TAGGER(Doc(id="t", text=text))
    return doc.get("numbers"), casualties_for(doc, [Span(0, len(text), "sentence", text)])


@pytest.mark.parametrize(
    "text,killed",
    [
        ("At least 14 herders were killed near the well.", 14),
        ("The ambush killed 9 soldiers on the road.", 9),
        ("The blast left 6 dead in the square.", 6),
        ("The death toll rose to 11 on Monday.", 11),
        ("Three traders were shot dead at the market.", 3),
        ("A teacher was killed in the raid.", 1),
        ("A soldier and two civilians were killed at the checkpoint.", 3),
        ("Dozens of people died in the fire.", 12),
        ("Between 7 and 10 people died in the stampede.", 7),
        ("Twenty-three people were killed when the bridge was shelled.", 23),
        ("More than 1,200 villagers have been killed since 2016.", 0),
        ("No one was killed in the explosion.", 0),
        ("The army said 30 fighters were killed or wounded.", 0),
    ],
)
def test_fatalities(text: str, killed: int) -> None:
    _, c = run(text)
    assert c["fatalities"] == killed


def test_including_civilians_is_a_subset() -> None:
    spans, c = run("Five killed, including two civilians, in the shelling of the port.")
    assert c["fatalities"] == 5 and c["civilian_fatalities"] == 2
    assert any(s.attrs.get("subset") and s.attrs["who"] == "civilians" for s in spans)


def test_killed_or_injured_and_injured() -> None:
    spans, c = run("Jets hit the depot, and 12 guards were wounded while 20 rebels were killed or injured.")
    labels = {s.label for s in spans}
    assert {"injured", "killed_or_injured"} <= labels
    assert c["injured_low"] == 12 and c["fatalities"] == 0


def test_qualifiers_and_who() -> None:
    spans, _ = run("Police said more than 40 militants were killed.")
    s = spans[0]
    assert (s.label, s.attrs["low"], s.attrs["qualifier"], s.attrs["who"]) == (
        "killed", 40, "more than", "militants")
    spans, _ = run("Up to 15 people were hurt.")
    assert spans[0].attrs["low"] is None and spans[0].attrs["high"] == 15


def test_counts() -> None:
    _, c = run("Warplanes carried out 35 air strikes, destroying three buildings and seven vehicles.")
    assert c["counts"] == {"strikes": 35, "buildings": 3, "vehicles": 7}


def test_negation_and_cumulative_flags() -> None:
    spans, c = run("Officials did not report any casualties.")
    assert spans[0].attrs["negated"] and c["fatalities"] == 0
    spans, _ = run("The conflict has left more than 90,000 dead.")
    assert spans[0].attrs["cumulative"] and spans[0].attrs["low"] == 90000


def test_fraction_of_earlier_figure() -> None:
    spans, _ = run("Some 60 raiders were killed or captured; half of them were killed.")
    assert any(s.attrs.get("fraction") and s.attrs["best"] == 30 for s in spans)


def test_arrests_and_abductions() -> None:
    spans, _ = run("Police arrested four suspects after gunmen kidnapped six pupils.")
    got = {(s.label, s.attrs["best"]) for s in spans}
    assert ("arrested", 4) in got and ("abducted", 6) in got


@pytest.mark.parametrize(
    "text,killed",
    [
        # a single victim after an active verb, whatever the noun
        ("A crowd killed a suspected pickpocket near the bus park.", 1),
        ("Raiders shot dead a goat herder at the river.", 1),
        ("Attackers hacked to death a ward chief and his clerk in their office.", 2),
        ("Gunmen shot dead two guards and a cook at the lodge.", 3),
        # definite and pronoun victims
        ("A trader was stabbed at the market. The trader later died in hospital.", 1),
        ("Bandits stopped the bus and shot him dead.", 1),
        ("He was wounded in the raid and later died in hospital.", 1),
        ("Police shot dead Amos Kiprono outside the depot.", 1),
        ("The body of a fisherman was found on the shore.", 1),
        # headline style, no article
        ("Gunmen kill village elder", 1),
        ("Land surveyor killed at his farm by unknown attackers", 1),
        # bare figure after the verb
        ("Militants raided the camp, killing 14.", 14),
        ("Police exchanged fire with raiders, killing three in the valley.", 3),
        # split verbs and compounds
        ("Villagers stoned two suspected burglars to death.", 2),
        ("Four traders were attacked and killed on the road.", 4),
        ("Five herders (out of a group of nine) were killed at the well.", 5),
        ("Two herders, including a boy, were killed at the well.", 2),
        ("A politician was shot dead along with two bodyguards and a driver.", 4),
        ("Police killed 2 raiders and 3 civilians were killed in the crossfire.", 5),
        ("Gunmen repulsed the patrol, killing either one or four fighters.", 1),
        ("Police shoot robbery suspect dead in a shoot-out", 1),
        ("Villagers beat a suspected thief to death at the market.", 1),
        ("Two were speared to death in a clash over pasture.", 2),
        ("A man killed his two neighbours and then himself.", 3),
    ],
)
def test_single_and_listed_victims(text: str, killed: int) -> None:
    _, c = run(text)
    assert c["fatalities"] == killed


@pytest.mark.parametrize(
    "text",
    [
        # the killing is background: a relative clause, an accusation, an attempt
        "A crowd beat a man who had allegedly killed his uncle.",
        "Residents attacked a youth suspected of killing a shopkeeper.",
        "A mob nearly lynched a pickpocket at the stage.",
        # the killing is the cause of a protest
        "Traders blocked the highway after a boda boda rider was killed by police.",
        "Students rioted in the town, protesting the death of a classmate.",
        # "a form four student" is one student; a number before a singular noun is no toll
        "A form four student was hurt in the scuffle.",
    ],
)
def test_background_killings_do_not_count(text: str) -> None:
    _, c = run(text)
    assert c["fatalities"] == 0


def test_shot_one_fatally() -> None:
    _, c = run("Five people were shot, one fatally, outside a club on Sunday.")
    assert c["fatalities"] == 1 and c["injured_best"] == 4


def test_shot_without_outcome_counts_as_injured() -> None:
    _, c = run("Two teenagers were shot near the park on Friday night.")
    assert c["fatalities"] == 0 and c["injured_best"] == 2


@pytest.mark.parametrize(
    "text,injured",
    [
        ("A woman suffered a gunshot wound in the attack.", 1),
        ("A boy was shot in the arm outside his home.", 1),
        ("A driver was struck by gunfire on the expressway.", 1),
        ("A cyclist was shot twice in the left leg near the bridge.", 1),
        ("He was shot by a cousin while cleaning a rifle.", 1),
        ("Two hikers were taken to a hospital after the accidental shooting.", 2),
    ],
)
def test_injured_phrases(text: str, injured: int) -> None:
    _, c = run(text)
    assert c["injured_best"] == injured and c["fatalities"] == 0


def test_weak_death_only_without_figures() -> None:
    _, c = run("Detectives are investigating a fatal shooting on the east side.")
    assert c["fatalities"] == 1
    _, c = run("Three men were killed in a fatal shooting on the east side.")
    assert c["fatalities"] == 3


def test_singular_retelling_does_not_lower_a_toll() -> None:
    _, c = run("Three villagers were killed in the raid. The man was buried on Sunday after he died.")
    assert c["fatalities"] == 3


def test_others_add_only_to_the_same_outcome() -> None:
    _, c = run("One guard was killed and three others were wounded in the blast.")
    assert c["fatalities"] == 1 and c["injured_best"] == 3
    _, c = run("Two soldiers were killed at the post. Two others were also killed on the road.")
    assert c["fatalities"] == 4


def test_lead_figure_is_coded() -> None:
    # "three of the victims" is a part of the four, not a lower report of the toll
    _, c = run("Four people are dead after a shooting at a warehouse. Three of the victims died at the scene.")
    assert c["fatalities"] == 4 and c["fatalities_low"] == 4


def test_a_lower_report_of_the_toll_is_the_low() -> None:
    _, c = run("Four people are dead after a shooting at a warehouse. Police later said three people died.")
    assert c["fatalities"] == 4 and c["fatalities_low"] == 3


def test_a_part_of_the_dead_is_no_lower_report() -> None:
    _, c = run("Gunmen killed seven villagers on Sunday. Two of the dead were children, an elder said.")
    assert (c["fatalities_low"], c["fatalities_best"]) == (7, 7)


def test_killer_who_kills_himself_adds_one() -> None:
    _, c = run("Police say a man killed his two neighbours and then himself at a farm.")
    assert c["fatalities"] == 3


@pytest.mark.parametrize("text, killed", [
    # The attacker last in a list of the dead counts, as ACLED and GVA count him.
    ("A bomber blew up a car at the camp gate, killing three soldiers and himself.", 4),
    ("The gunman killed two clerks as well as himself at the depot.", 3),
    # Only after a death told before it: a threat or a wound list adds no death.
    ("He threatened to hurt his neighbours and himself, police said.", 0),
    ("A man shot and wounded two neighbours and himself.", 0),
])
def test_attacker_last_in_a_list_of_the_dead(text: str, killed: int) -> None:
    _, c = run(text)
    assert c["fatalities"] == killed


def test_active_shot_is_wounded_unless_a_death_is_told() -> None:
    _, c = run("A gunman shot three customers at a diner.")
    assert c["fatalities"] == 0 and c["injured_best"] == 3
    _, c = run("Detectives are looking into a quadruple shooting near the stadium.")
    assert c["injured_best"] == 4


def test_colon_and_death_of_figures() -> None:
    _, c = run("Riots in the district. FATALITIES: 9")
    assert c["fatalities"] == 9
    _, c = run("A feud between two clans led to the death of two.")
    assert c["fatalities"] == 2


def test_hospital_then_death_is_not_also_wounded() -> None:
    _, c = run("A clerk was taken to a hospital where he died.")
    assert c["fatalities"] == 1 and c["injured_best"] == 0


def test_day_of_month_is_not_a_toll() -> None:
    _, c = run("A man was charged in the May 14 shooting death of his neighbour.")
    assert c["fatalities"] == 1


@pytest.mark.parametrize(
    "text,killed,injured",
    [
        # a bare age names one victim (headline style)
        ("14-year-old shot outside a corner store", 0, 1),
        ("22-year-old man shot, killed near the river", 1, 0),
        ("Police: 9-Year-Old Girl Killed In Crossfire", 1, 0),
        # "shot and" followed by a new clause
        ("Six people were shot and one man was killed at the block party.", 1, 5),
        # an appositive before the verb
        ("Tom Quill, a 40-year-old welder, was shot and killed on Friday.", 1, 0),
        # wounded phrases
        ("The four victims sustained non-life-threatening injuries.", 0, 4),
        ("The gunfire sent three people to the hospital.", 0, 3),
        ("Two men were taken to Mercy Lake Hospital after the shooting.", 0, 2),
        ("A stray round struck a toddler in the shoulder.", 0, 1),
        ("The argument ended in a shooting that injured five guests early Sunday.", 0, 5),
    ],
)
def test_us_shooting_reports(text: str, killed: int, injured: int) -> None:
    _, c = run(text)
    assert c["fatalities"] == killed and (c["injured_best"] or 0) == injured


def test_ages_and_times_are_not_tolls() -> None:
    _, c = run("Jane Roe, 31, of Millbrook, was pronounced dead at the scene.")
    assert c["fatalities"] == 1
    _, c = run("Two men, 25 and 30, were shot near the park.")
    assert c["injured_best"] == 2
    _, c = run("Officers answered a call about a gunshot wound around 10:20 p.m.")
    assert not c["injured_best"]
    _, c = run("The victim, of the 4500 block of Elm Street, was pronounced dead.")
    assert c["fatalities"] <= 1  # not the 4500 of the address


def test_wounded_victim_who_died_counts_once() -> None:
    _, c = run("A boy was in critical condition after the shooting. He later died at the hospital.")
    assert c["fatalities"] == 1 and not c["injured_best"]
    _, c = run("A man was killed and a woman was wounded. The man died at the scene.")
    assert c["fatalities"] == 1 and c["injured_best"] == 1


def test_retold_additions_count_once() -> None:
    _, c = run("A father killed his wife and then himself. Police said he shot his wife and then himself.")
    assert c["fatalities"] == 2
    _, c = run("Four people were wounded. One man was shot in the leg and a woman was shot in the arm.")
    assert c["injured_best"] == 4


def test_shot_then_killed_is_not_read_twice() -> None:
    spans, c = run("Five people were shot and one was killed.")
    assert c["fatalities"] == 1 and c["injured_best"] == 4
    assert sum(1 for s in spans if s.label == "killed") == 1


def test_another_victim_retold_later_counts_once() -> None:
    text = ("Three people are dead and another was hurt in the attack. " + "Neighbours spoke of the family. " * 8
            + "Officers found another man suffering from gunshot wounds.")
    _, c = run(text)
    assert c["fatalities"] == 3 and c["injured_best"] == 1


def test_us_shooting_reports_read_real_articles() -> None:
    """Smoke check on the shared GVA dev file: a bare age and "shot" in a headline give a figure."""
    from pathlib import Path

    shared = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "gva_documents.dev.jsonl"
    if not shared.exists():
        pytest.skip(f"shared eval data not found at {shared}")
    import json

    n = hit = 0
    with open(shared, encoding="utf-8") as f:
        for line in f:
            title = (json.loads(line).get("text") or "").split("\n", 1)[0]
            if "-year-old" in title and " shot" in title:
                n += 1
                _, c = run(title)
                hit += bool(c["fatalities"] or c["injured_best"])
            if n >= 40:
                break
    if n == 0:
        pytest.skip("no matching headlines")
    assert hit / n >= 0.6


def test_victims_named_as_children_or_women_are_civilian_deaths():
    from sitrep.ingest.build import make_doc
    from sitrep.pipeline import extract

    def civ(text):
        doc = make_doc("t", text, published="2022-08-20")
        extract(doc)
        return doc.events[0].civilian_fatalities

    assert civ("A drone struck a house near the village on Sunday and three children "
               "were killed.") == 3
    assert civ("A woman was killed and two men were injured in shelling on Monday.") == 1
    assert civ("Five fighters were killed in an air strike on Monday.") == 0  # all of one armed side
