"""ACLED-style notes from countries with no dev data: event type, fatalities and admin1.

``bench/data/world_notes.jsonl`` holds 60 short notes written for this project (invented
wording about real places in 20 countries, none of them Kenya or Syria), coded by hand with
ACLED's rules (lowest figure, "dozens" 12, "several" 3, no figure 0). The hidden evaluation
has a set like this; this file is a smoke test of how the method carries to new countries,
too small to tune on. Scoring reuses sitrep's ACLED rules (admin1 after normalisation, the
country must agree when given).

``bench/data/world_notes_b.jsonl`` (49 notes, 30 more countries and territories),
``world_notes_c.jsonl`` (30 notes, 30 more), ``world_notes_d.jsonl`` (45 notes from 36
countries, weighted towards the sub-event types Kenya's notes seldom show: air and drone
strikes, shelling, IEDs, suicide bombs, grenades, disrupted weapons, transfers of territory,
excessive force) and ``world_notes_e.jsonl`` (40 notes from 34 countries, 17 of them new to
the sets: Liberia, Guinea-Bissau, Uzbekistan, Belarus, Mongolia, Vietnam, Laos, Saudi Arabia,
Israel, Spain, Greece, the Dominican Republic, Cuba, the Republic of Congo, Lesotho, Namibia,
Gabon) and ``world_notes_f.jsonl`` (41 notes from 40 countries, none of them in sets a or e,
among them Tanzania, Senegal, Togo, Libya, Iran, Armenia, Nepal, Papua New Guinea, Peru and
France) and ``world_notes_g.jsonl`` (60 notes from 20 of ACLED's busiest countries, Ukraine,
Myanmar, Mexico, India, Pakistan, Nigeria, the Sahel, Somalia, Congo, Sudan and others, in the
terse house style of real ACLED notes rather than tidy prose: raion and hromada parentheticals,
abbreviations such as KP, J&K, BARMM, PDF, VDP, trailers such as "[size=no report]", armed
groups by their acronyms) were written later, each before any fix it prompted: their first
figures are the honest estimate of how the method carries to new countries, later figures are
not (fixes made after reading a set's misses tune to it). The project's session notes give
each set's first figures (and any gold corrected after a first run, with the reason). Admin1
names follow GeoNames where ACLED's convention was not certain; set g uses ACLED's own where it
differs (Myanmar's "Shan-North", the Philippines' Bangsamoro region).

``bench/data/world_notes_h.jsonl`` (45 notes in the same house style from 25 countries) was
written by a helper who saw neither the code nor any other set nor the gold data, so that the
fixes made from set g could be checked on notes that did not shape them. One gold value was
changed after its first run, to ACLED's own name: Iraq's "Nineveh" is "Ninewa". Set h has
since been read as a work list (session 19), so it is no longer blind.

``bench/data/world_notes_i.jsonl`` (50 notes from 36 countries, spread over all six event
types and seven strategic-development sub-types) was written the same way, by a helper who
saw no code, no other set and no gold data; its first figures (at 638874f's extractor: event
type 0.900, sub-type 0.860, fatalities 0.920, admin1 0.900) are the blind estimate to quote
until a session reads its misses. Its admin1 names are the writer's belief of ACLED's (the
Philippines by region, Serbia "Belgrade", Cameroon "Northwest"), not checked against ACLED.
Set i has since been read as a work list (session 20), so it is no longer blind.

``bench/data/world_notes_j.jsonl`` (50 notes from 37 countries, 23 sub-event types, with
conflicting figures, tolls given per side, background tolls and injuries-only notes) was
written the same way in session 20, before that session changed any code. Its first figures
(at 5c90876's extractor: event type 0.880, sub-type 0.860, fatalities 0.900, admin1 0.940
as written) are the blind estimate. One gold value was changed after its first run, to
ACLED's own name, as in set h: Iraq's "Nineveh" is "Ninewa" (the writer flagged it; admin1
0.960 with it). Set j has since been read as a work list (session 20, helper h20-worldj), so
it is no longer blind.

``bench/data/world_notes_k.jsonl`` (50 notes from 44 countries, 23 sub-event types, many of
the countries new to the sets: Chad, the Central African Republic, South Sudan, Benin, Togo,
Ghana, Zimbabwe, Libya, Tunisia, Lebanon, Israel, Turkey, Armenia, Kyrgyzstan, Sri Lanka,
Papua New Guinea, Venezuela, Honduras, Guatemala, Bolivia, Germany, Spain, the UK) was
written the same way later in session 20, while set j was being read; its first figures (at
9d3663b's extractor: event type 0.900, sub-type 0.860, fatalities 0.920, admin1 0.920) are
the blind estimate. Its admin1 names are the writer's belief of ACLED's (Israel's districts
by their Hebrew names, "HaDarom", "HaZafon"), not checked against ACLED.

    .venv/bin/python bench/world_notes.py [-v] [NOTES.jsonl ...]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

from sitrep.eval.scorers import _admin1_ok, as_int, main_event

ROOT = Path(__file__).resolve().parents[1]
NOTE_SETS = [ROOT / "bench" / "data" / name
             for name in ("world_notes.jsonl", "world_notes_b.jsonl", "world_notes_c.jsonl",
                          "world_notes_d.jsonl", "world_notes_e.jsonl", "world_notes_f.jsonl",
                          "world_notes_g.jsonl", "world_notes_h.jsonl",
                          "world_notes_i.jsonl", "world_notes_j.jsonl",
                          "world_notes_k.jsonl")]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("-v", "--verbose", action="store_true", help="print each wrong note")
    ap.add_argument("notes", nargs="*", type=Path, help="note files (default: all eleven sets)")
    args = ap.parse_args()
    for path in args.notes or NOTE_SETS:
        if not path.is_file():
            sys.exit(f"world_notes: {path}: no such file")
        print(f"== {path.name}")
        score(path, args.verbose)


def score(notes: Path, verbose: bool) -> None:
    """Extract one note file and print the share right per field."""
    gold = [json.loads(line) for line in notes.open(encoding="utf-8")]
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "pred.jsonl"
        subprocess.run([sys.executable, "-m", "sitrep", "extract", str(notes), "--out", str(out),
                        "--jobs", "1"], check=True, capture_output=True)
        preds = {p["id"]: p for p in map(json.loads, out.open(encoding="utf-8"))}
    fields = ["event_type", "sub_event_type", "fatalities", "admin1"]
    right = dict.fromkeys(fields, 0)
    for rec in gold:
        g = rec["gold"]
        ev = main_event(preds.get(rec["id"]))
        e = ev or {}
        got = {
            "event_type": e.get("event_type") == g["event_type"],
            "sub_event_type": e.get("sub_event_type") == g["sub_event_type"],
            "fatalities": ev is not None and as_int(e.get("fatalities")) == g["fatalities"],
            "admin1": _admin1_ok(ev, g["admin1"], g["country"]),
        }
        for f in fields:
            right[f] += got[f]
        if verbose and not all(got.values()):
            wrong = {f: (e.get(f), g[f]) for f in fields if not got[f]}
            print(f"{rec['id']} {g['country']}: {wrong}")
    for f in fields:
        print(f"{f:16} {right[f] / len(gold):.3f}  ({right[f]}/{len(gold)})")


if __name__ == "__main__":
    main()
