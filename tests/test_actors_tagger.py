"""ActorTagger: canonical ACLED names, metonymy, regime periods, generic actors."""

from __future__ import annotations

import datetime as dt

from sitrep.doc import Doc
from sitrep.nlp.actors import ActorTagger


def tag(text: str, **kw) -> list[tuple[str, str]]:
    doc = Doc(id="t", text=text)
    ActorTagger()(doc, **kw)
    return [(s.text, s.attrs["name"]) for s in doc.get("actors")]


def test_state_forces_and_branches() -> None:
    got = dict(tag("Russian warplanes bombed a market while Syrian army units shelled a road.",
                   event_date="2019-06-01"))
    assert got["Russian warplanes"] == "Military Forces of Russia (2000-) Air Force"
    assert got["Syrian army"] == "Military Forces of Syria (2000-)"


def test_regime_period_depends_on_event_date() -> None:
    early = dict(tag("Police officers fired at the crowd.", country="Kenya", event_date="2008-01-03"))
    late = dict(tag("Police officers fired at the crowd.", country="Kenya", event_date="2016-05-01"))
    assert early["Police officers"] == "Police Forces of Kenya (2002-2013)"
    assert late["Police officers"] == "Police Forces of Kenya (2013-)"


def test_kenyan_aliases() -> None:
    got = dict(tag("KDF soldiers and GSU officers were deployed.", event_date="2015-01-01"))
    assert got["KDF soldiers"] == "Military Forces of Kenya (2013-)"
    assert got["GSU officers"] == "Police Forces of Kenya (2013-) General Service Unit"


def test_islamic_state_by_country_and_khorasan_is_separate() -> None:
    got = dict(tag("ISIS cells attacked a post; ISIS-K denied it.", country="Iraq"))
    assert got["ISIS cells"] == "Islamic State (Iraq)"
    assert got["ISIS-K"] == "Islamic State Khorasan Province"


def test_generic_and_ethnic_actors_take_country() -> None:
    got = dict(tag("Unknown gunmen and Pokot raiders struck a village in Turkana County.",
                   country="Kenya"))
    assert got["Unknown gunmen"] == "Unidentified Armed Group (Kenya)"
    assert got["Pokot raiders"] == "Pokot Ethnic Militia (Kenya)"
    assert "Turkana" not in got  # a county here, not a people


def test_role_hint_and_short_caps_only_exact() -> None:
    doc = Doc(id="t", text="Gunmen opened fire. This is what it is.")
    ActorTagger()(doc, country="Kenya")
    spans = doc.get("actors")
    assert [s.text for s in spans] == ["Gunmen"]
    assert spans[0].attrs["role_hint"] == "attacker"


def test_monitors_are_not_actors() -> None:
    names = [n for _, n in tag("The Syrian Observatory for Human Rights and SANA reported it.")]
    assert names == []


def test_named_clans() -> None:
    got = dict(tag("Clashes between the Kopsiro and Chebyuk clans left two dead.", country="Kenya"))
    assert got["Kopsiro"] == "Kopsiro Clan Militia (Kenya)"


def test_published_date_used_when_no_event_date() -> None:
    doc = Doc(id="t", text="Kenyan police arrested him.", published=dt.date(2005, 3, 1))
    ActorTagger()(doc)
    assert doc.get("actors")[0].attrs["name"] == "Police Forces of Kenya (2002-2013)"


def test_offsets_survive_characters_that_lower_case_to_two() -> None:
    # "İ" lower-cases to two characters; spans after it must still point at their words.
    text = "Reports in Ankara press: MİT said the Turkish Armed Forces hit a depot."
    got = tag(text, country="Syria")
    assert ("MİT", "Military Forces of Turkey (2002-)") in got
    assert ("Turkish Armed Forces", "Military Forces of Turkey (2002-)") in got


def test_forces_after_of_are_not_taken_for_a_place() -> None:
    # Metonyms (capitals) need the place check; the nationality phrases must not inherit it.
    got = dict(tag("Two shops burned in a barrage of the Turkish occupation on Friday.",
                   country="Syria"))
    assert got["Turkish occupation"] == "Military Forces of Turkey (2002-)"
    assert "Ankara" not in dict(tag("Delegates travelled to Ankara on Monday."))


def test_generic_government_forces_follow_the_document_country() -> None:
    got = dict(tag("Raiders fled after government forces arrived.", country="Kenya",
                   event_date="2016-01-01"))
    assert got["government forces"] == "Military Forces of Kenya (2013-)"


def test_air_aggression_and_joint_raids_name_the_foreign_air_force() -> None:
    got = dict(tag("The Israeli enemy launched an aggression; later a Syrian-Russian alliance "
                   "raid hit a bakery.", country="Syria"))
    assert got["Israeli enemy"] == "Military Forces of Israel (1948-) Air Force"
    assert got["Syrian-Russian alliance"] == "Military Forces of Russia (2000-) Air Force"


def test_nationality_only_nouns() -> None:
    got = dict(tag("A Russian patrol was seen; the patrol left.", country="Syria"))
    assert got["Russian patrol"] == "Military Forces of Russia (2000-)"
    assert "patrol" not in got


def test_number_words_are_not_community_names() -> None:
    got = tag("Eight men were hurt when a quarrel over water broke out.",
              country="Kenya")
    assert all("Eight" not in name for _, name in got)


def test_bare_force_noun_inside_a_proper_name_is_skipped() -> None:
    got = dict(tag("The Northern Watch Security Forces arrested a man.", country="Syria"))
    assert "Security Forces" not in got
    got = dict(tag("On Monday Police arrested a man.", country="Kenya", event_date="2016-01-01"))
    assert got["Police"] == "Police Forces of Kenya (2013-)"


def test_country_after_a_place_and_comma_is_an_address() -> None:
    got = tag("Shops in Marsaba, Syria, were hit on Tuesday.", country="Syria")
    assert all(name != "Military Forces of Syria (2024-)" for _, name in got)


def test_ambiguous_alias_follows_the_document() -> None:
    got = dict(tag("SNA fighters shelled a hamlet near the border.", country="Syria"))
    assert got["SNA"] == "SNA: Syrian National Army"
    got = dict(tag("SNA units and KDF soldiers cleared a camp.", country="Kenya",
                   event_date="2023-01-01"))
    assert got["SNA"] == "Military Forces of Somalia (2022-)"


def test_home_country_follows_the_event_date() -> None:
    before = dict(tag("Toposa raiders drove off cattle.", country="Kenya", event_date="2008-05-01"))
    after = dict(tag("Toposa raiders drove off cattle.", country="Kenya", event_date="2015-05-01"))
    assert before["Toposa raiders"] == "Toposa Ethnic Militia (Sudan)"
    assert after["Toposa raiders"] == "Toposa Ethnic Militia (South Sudan)"


def test_joint_and_warrior_militias() -> None:
    got = dict(tag("Tugen-Ilchamus youths and Morans fought over a pasture.", country="Kenya"))
    assert got["Tugen-Ilchamus youths"] == "Tugen-Ilchamus Ethnic Militia (Kenya)"
    assert got["Morans"] == "Moran Ethnic Militia (Kenya)"


def test_singular_warrior_name_inside_a_place_is_not_an_actor() -> None:
    got = dict(tag("Traders at the Ol Moran market fled.", country="Kenya"))
    assert not any("Moran" in name for name in got.values())


def test_people_name_after_a_title_is_a_person() -> None:
    got = dict(tag("Mr. Turkana Ekai, a trader, was robbed.", country="Kenya"))
    assert not any("Turkana" in name for name in got.values())


def test_militia_from_a_country_takes_that_country() -> None:
    got = dict(tag("Murle fighters from Ethiopia stole goats at the lake shore.", country="Kenya",
                   event_date="2015-01-01"))
    assert got["Murle fighters"] == "Murle Ethnic Militia (Ethiopia)"


def test_bare_fire_words_name_no_side() -> None:
    got = tag("The hamlet was hit by shelling and artillery overnight, residents said.",
              country="Syria")
    assert not any(name.startswith("Military Forces") for _, name in got), got
    # With a nationality they do name one.
    got = dict(tag("Turkish shelling and Iranian artillery hit the hamlet.", country="Syria"))
    assert got["Turkish shelling"] == "Military Forces of Turkey (2002-)"
    assert got["Iranian artillery"].startswith("Military Forces of Iran")


def test_the_occupation_alone_is_nobody_in_particular() -> None:
    got = tag("The occupation shelled two farms.", country="Syria")
    assert not any("Syria" in name for _, name in got), got
    got = dict(tag("The Turkish occupation shelled two farms.", country="Syria"))
    assert got["Turkish occupation"] == "Military Forces of Turkey (2002-)"


def test_force_noun_before_a_speaker_noun_is_not_an_actor() -> None:
    got = tag("A military source said the convoy was ambushed; police spokesman Otieno agreed.",
              country="Kenya", event_date="2016-01-01")
    assert got == [], got


def test_people_name_before_police_station_is_a_place() -> None:
    got = dict(tag("Turkana Police Station officers arrested two men.", country="Kenya",
                   event_date="2016-01-01"))
    assert "Turkana" not in got


def test_bare_coalition_needs_the_full_name_in_the_report() -> None:
    coalition = "Forces of the United States-led Coalition"
    got = tag("The US-led coalition said that the coalition hit a depot near the river.",
              country="Syria")
    assert [name for _, name in got] == [coalition, coalition]
    # Alone, the word is as often a party coalition.
    assert tag("The coalition met in Nairobi on Monday.", country="Kenya") == []


def test_saudi_led_coalition_is_not_the_us_led_one() -> None:
    got = dict(tag("Saudi-led coalition airstrikes hit a fuel station north of the port.",
                   country="Yemen", event_date="2019-03-30"))
    assert got["Saudi-led coalition airstrikes"] == "Military Forces of Saudi Arabia (2015-)"
    got = dict(tag("US-led coalition jets struck a depot near the river.", country="Syria"))
    assert "Forces of the United States-led Coalition" in got.values()


def test_a_participle_opening_the_sentence_is_no_clan_s_name() -> None:
    # "Continued clan clashes": the word is capitalised only because it opens the sentence.
    got = dict(tag("Continued clan clashes near the wells left three herders dead.",
                   country="Kenya"))
    assert "Continued" not in got
    assert not any("Continued" in n for n in got.values())


def test_rival_groups_are_no_community() -> None:
    # "groups" says nothing of a community (gangs, party supporters, crowds): unlike "two
    # communities" or "rival clans", the words make no communal militia.
    got = tag("Two rival groups fought with machetes in the estate overnight.", country="Kenya")
    assert not any("Communal" in n for _, n in got)
    got = tag("Two communities fought with machetes over the river overnight.", country="Kenya")
    assert any("Communal" in n for _, n in got)
