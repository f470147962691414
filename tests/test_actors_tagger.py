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
