"""Gazetteer and name normalisation: journalistic spellings resolve, the index is fresh."""

from __future__ import annotations

import hashlib
from importlib import resources

import pytest

from sitrep.nlp.gazetteer import get_gazetteer, same_admin1
from sitrep.nlp.geo_normalize import norm_key


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Deir Ezzor", "Deir ez-Zor"),
        ("Deir el-Zor", "Deir ez-Zor"),
        ("Raqa", "Raqqa"),
        ("Ar-Raqqah", "Raqqa"),
        ("Hasakeh", "Al-Hasakah"),
        ("Al Hassakah", "Hasaka"),
        ("al-Shaddadi", "Shaddadi"),
        ("Dar'a", "Daraa"),
        ("Lattakia", "Latakia"),
    ],
)
def test_spellings_share_a_key(a: str, b: str) -> None:
    assert norm_key(a) == norm_key(b)


@pytest.mark.parametrize(
    ("spelling", "admin1"),
    [
        ("Dayr az Zawr", "Deir ez-Zor"),
        ("Deir Ezzor", "Deir ez-Zor"),
        ("Raqa", "Raqqa"),
        ("Hasaka", "Hasakah"),
        ("Resafa", "Raqqa"),
        ("Maheem", "Homs"),
        ("al-Shaddadi", "Hasakah"),
        ("Kilifi", "Kilifi"),
        ("Watamu", "Kilifi"),
        ("Eastleigh", "Nairobi"),
        ("Alabama", "Alabama"),
    ],
)
def test_spellings_resolve(spelling: str, admin1: str) -> None:
    places = get_gazetteer().search(spelling)
    assert any(p.admin1 == admin1 for p in places), [(p.name, p.admin1) for p in places]


def test_admin1_aliases_for_scoring() -> None:
    assert same_admin1("hasakeh", "Al Hassakah")
    assert same_admin1("deir ezzor", "Deir ez-Zor")
    assert same_admin1("Homa Bay County", "Homa Bay")
    assert not same_admin1("Homs", "Hama")
    assert get_gazetteer().canonical_admin1("Tartous", "SY") == "Tartus"


def test_supplement_features_have_coordinates() -> None:
    for name, feature in [("Al-Tanf", "base"), ("Khmeimim", "base"), ("al-Hol camp", "camp"),
                          ("Jabal al-Bishri", "mountain"), ("Badiya", "desert")]:
        hits = [p for p in get_gazetteer().search(name) if p.feature == feature]
        assert hits and hits[0].lat is not None and hits[0].country == "Syria", name


def test_index_is_built_from_current_admin1_table() -> None:
    """Run `python -m sitrep.nlp.build_gazetteer` when this fails."""
    text = resources.files("sitrep.data").joinpath("gazetteer/admin1.yaml").read_text("utf-8")
    assert get_gazetteer().admin1_yaml_sha1 == hashlib.sha1(text.encode("utf-8")).hexdigest()


def test_countries_without_a_curated_table_have_named_admin1_units() -> None:
    from sitrep.nlp.gazetteer import get_gazetteer
    from sitrep.nlp.geo_normalize import norm_key

    g = get_gazetteer()
    goma = next(p for p in g.lookup(norm_key("Goma")) if p.country == "DR Congo")
    assert goma.admin1 and "Kivu" in goma.admin1
    unit = [p for p in g.lookup(norm_key("Cabo Delgado")) if p.feature == "admin1"]
    assert unit and unit[0].country == "Mozambique"
    # A unit named by an ordinary word needs its unit word; a micro-state's parish is no unit.
    assert all(p.cue for p in g.lookup(norm_key("Centre")) if p.feature == "admin1")
    assert not [p for p in g.lookup(norm_key("Michael")) if p.feature == "admin1"]
    # Generated units are not trusted for all-capital words.
    assert not g.is_major(norm_key("Tigray")) or any(
        p.source != "admin1" for p in g.lookup(norm_key("Tigray")))


def test_generated_units_take_their_english_name_and_keep_the_geonames_one() -> None:
    from sitrep.nlp.gazetteer import get_gazetteer
    from sitrep.nlp.geo_normalize import norm_key

    g = get_gazetteer()
    for spelling in ("North Darfur", "Northern Darfur"):
        units = [p for p in g.lookup(norm_key(spelling)) if p.feature == "admin1"]
        assert [u.name for u in units] == ["North Darfur"]


def test_units_written_without_their_unit_word_in_both_spellings() -> None:
    """Nepal's "Sudurpashchim Pradesh" and Abidjan's "Autonomous District" are written bare;
    the GeoNames spelling still finds the unit, and the towns inside report the bare name."""
    from sitrep.nlp.gazetteer import get_gazetteer
    from sitrep.nlp.geo_normalize import norm_key

    g = get_gazetteer()
    for spelling, shown in (("Sudurpashchim Pradesh", "Sudurpashchim"),
                            ("Sudurpashchim", "Sudurpashchim"),
                            ("Abidjan Autonomous District", "Abidjan")):
        units = [p for p in g.lookup(norm_key(spelling)) if p.feature == "admin1"]
        assert [u.name for u in units] == [shown], spelling
    towns = [p for p in g.lookup(norm_key("Dhangadhi")) if p.country == "Nepal"]
    assert towns and {t.admin1 for t in towns} == {"Sudurpashchim"}
