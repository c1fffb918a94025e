#!/usr/bin/env python3
"""Builds the word lists of the entity recognizer (src/main/resources/gen/extract/entities/).

Run from the repository root after installing its sources (none is needed at run time):

    apt-get install iso-codes wamerican wngerman wfrench wspanish witalian wbrazilian wdutch
    npm install --prefix /tmp/lexicon-src @faker-js/faker@9.9.0 cldr-localenames-modern@45.0.0 \
        cldr-dates-modern@45.0.0 city-timezones@1.3.4
    python3 src/tools/entity-lexicons/make.py /tmp/lexicon-src/node_modules

Sources and licences are listed in SOURCES.md beside the generated files. Hand-kept lists
(organizations, cue words, titles, extra places) live in the same folder and are not touched here.
"""
import gzip
import json
import os
import re
import subprocess
import sys

OUT = "src/main/resources/gen/extract/entities"
LANGS = ["en", "de", "fr", "es", "it", "pt", "pl", "nl"]
LATIN = re.compile(r"^[A-Za-zÀ-ÖØ-öø-ɏḀ-ỿ'’.\- ]+$")


def node_json(modules, script):
    out = subprocess.run(["node", "-e", script], check=True, capture_output=True, text=True,
                         env={**os.environ, "NODE_PATH": modules})
    return json.loads(out.stdout)


def write(name, words, header):
    words = sorted(set(w for w in words if w))
    path = os.path.join(OUT, name)
    opener = gzip.open if name.endswith(".gz") else open
    with opener(path, "wt", encoding="utf-8") as f:
        if not name.endswith(".gz"):
            f.write("# " + header + "\n")
        for w in words:
            f.write(w + "\n")
    print(f"{path}: {len(words)}")


def names(modules):
    data = node_json(modules, """
const {allLocales} = require('@faker-js/faker');
const first = new Set(), last = new Set();
const add = (set, x) => { if (!x) return; if (Array.isArray(x)) x.forEach(v => set.add(v));
  else Object.values(x).forEach(v => add(set, v)); };
for (const l of Object.values(allLocales)) { const p = l.person || {};
  add(first, p.first_name); add(last, p.last_name); }
console.log(JSON.stringify({first: [...first], last: [...last]}));""")
    keep = lambda w: LATIN.match(w) and " " not in w and len(w) >= 2 and w[0].isupper()
    return [w for w in data["first"] if keep(w)], [w for w in data["last"] if keep(w)]


def places(modules):
    data = node_json(modules, """
const langs = %s; const out = {countries: [], cities: [], big: [], huge: [], unknown: []};
for (const l of langs) {
  const t = require('cldr-localenames-modern/main/' + l + '/territories.json');
  const terr = t.main[l].localeDisplayNames.territories;
  for (const [k, v] of Object.entries(terr)) if (!['EU','EZ','UN','QO','XA','XB','ZZ'].includes(k.slice(0,2)) && (!/^\\d/.test(k) || ['002','019','142','150','009','021','005','013','145','154','155','039','151','034','035','030','011','014','015','017','018','053','054','057','061','419'].includes(k.slice(0,3)))) out.countries.push(v);
  const z = require('cldr-dates-modern/main/' + l + '/timeZoneNames.json').main[l].dates.timeZoneNames.zone;
  // A zone's city as its id spells it ("Europe/London"), and as the language writes it where it differs.
  const walk = o => { for (const [k, v] of Object.entries(o)) { if (typeof v !== 'object') continue;
    if (v.exemplarCity) out.cities.push(v.exemplarCity);
    if (Object.values(v).every(x => typeof x !== 'object' || !Object.keys(x).some(y => typeof x[y] === 'object'))) out.cities.push(k.replace(/_/g, ' '));
    walk(v); } };
  walk(z);
  if (z.Etc && z.Etc.Unknown && z.Etc.Unknown.exemplarCity) out.unknown.push(z.Etc.Unknown.exemplarCity);
}
for (const c of require('city-timezones').cityMapping) if (c.pop >= 150000) {
  const to = c.pop >= 1000000 ? out.huge : out.big; to.push(c.city); to.push(c.city_ascii); out.big.push(c.province); }
console.log(JSON.stringify(out));""" % json.dumps(LANGS))
    iso = json.load(open("/usr/share/iso-codes/json/iso_3166-2.json"))["3166-2"]
    regions = [s["name"] for s in iso if "parent" not in s and s["type"] in
               ("State", "Province", "Region", "Land", "Canton", "Autonomous community", "Metropolitan region",
                "Country", "Nation", "Autonomous region", "Federal district", "Territory", "Voivodship",
                "Metropolitan department", "Prefecture", "Oblast", "Republic", "Emirate", "Governorate")]
    iso1 = json.load(open("/usr/share/iso-codes/json/iso_3166-1.json"))["3166-1"]
    countries = data["countries"] + [c.get("common_name", c["name"]) for c in iso1] + [c["name"] for c in iso1]
    # Regions and cities whose name is also a given name or an English word ("Mary", "Central",
    # "Split") would be read as places wherever the word stands: only the countries and CLDR's
    # cities are kept whatever they spell.
    firsts = set(names(modules)[0])
    english = {w for w in dictionary("/usr/share/dict/american-english") if w[0].islower()}
    ambiguous = lambda p: p in firsts or p.lower() in english
    # Zone ids name a few islands after a holiday ("Indian/Christmas", "Pacific/Easter").
    holidays = {"Christmas", "Easter"}
    all_places = countries + [c for c in data["cities"] if c not in holidays] + data["huge"] \
        + [p for p in data["big"] + regions if not ambiguous(p)]
    # CLDR's names of no place: its unknown city (in every language it names it), zone ids' areas.
    unknown = set(data["unknown"]) | {"Indian", "Etc", "UTC", "GMT", "Unknown"}
    return [p for p in all_places if p and LATIN.match(p) and "," not in p and "(" not in p and len(p) >= 3
            and p not in unknown]


def dictionary(path):
    with open(path, encoding="utf-8", errors="replace") as f:
        return [w.strip() for w in f if w.strip() and "'" not in w]


def main():
    modules = sys.argv[1]
    first, last = names(modules)
    write("given-names.txt", first, "Given names (faker-js person.first_name, all locales, Latin script). MIT.")
    write("surnames.txt", last, "Family names (faker-js person.last_name, all locales, Latin script). MIT.")
    # English demonyms and other proper adjectives: capitalised dictionary entries that end as
    # nationality adjectives do, minus the given names and places.
    firsts = set(first)
    place_list = places(modules)
    pl = set(place_list)
    demonyms = [w for w in dictionary("/usr/share/dict/american-english")
                if w[0].isupper() and re.search(r"(ian|ean|ese|ish|an)s?$", w) and w not in firsts and w not in pl and w not in set(last)
                and len(w) > 3 and w.lower() not in ("christian",)]
    demonyms += ["French", "Dutch", "German", "Israeli", "Iraqi", "Pakistani", "Saudi", "Kuwaiti", "Qatari", "Yemeni", "Thai",
                 "Greek", "Swiss", "Irish", "Scottish", "Welsh", "Czech", "Danish", "Finnish", "Polish", "Turkish", "British",
                 "Spanish", "Swedish", "English", "Kurdish", "Bangladeshi", "Omani", "Somali", "Emirati", "Afghan"]
    write("proper-adjectives-en.txt", demonyms, "Capitalised English dictionary entries ending as nationality adjectives (wamerican).")
    write("gazetteer-places.txt", place_list,
          "Countries and regions (CLDR 45, iso-codes), cities (CLDR exemplar cities; city-timezones, pop >= 150,000).")
    # Common words: lower-case dictionary entries (a capitalised one at a sentence's start is no
    # name); for German the capitalised entries too, since German capitalises every noun.
    dicts = {"en": "american-english", "de": "ngerman", "fr": "french", "es": "spanish", "it": "italian",
             "pt": "brazilian", "nl": "dutch"}
    for lang, d in dicts.items():
        words = dictionary("/usr/share/dict/" + d)
        if lang == "de":
            common = [w for w in words if w[0].isupper() and not w.isupper() and len(w) > 2]
            # Lower-case words: the short ones, and every infinitive ("Unternehmen" is a verb made a noun).
            common += [w for w in words if w[0].islower() and (len(w) <= 8 or w.endswith("en"))]
        elif lang == "en":
            common = [w for w in words if w[0].islower() and len(w) <= 14]
        else:
            # The shortest words first (the frequent ones, on the whole), at most 50,000 of them:
            # the list is read for words that open a sentence, not to spell-check.
            common = sorted((w for w in words if w[0].islower()), key=lambda w: (len(w), w))[:50000]
        write(f"common-{lang}.txt.gz", common, "")


if __name__ == "__main__":
    main()
