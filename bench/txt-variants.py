#!/usr/bin/env python3
"""Writes a reshaped copy of a plain-text eval folder, to measure how extraction generalizes
beyond the shapes the folder happens to have. From each file's answers (truth.jsonl) it writes the
article again with the same title, authors, date, body and source, in other shapes:

- date lines in 20 forms and 7 languages ("May 3, 2024", "Updated 03.05.2024", "3 мая 2024",
  "Publié le 3 mai 2024 à 15h47", "Aktualisiert am 03.05.2024, 15:47 Uhr", ...), sometimes left out;
- bylines "By", "BY", "By:", "Written by", with a job title or agency glued on, Oxford commas;
- header lines on their own lines, in one block, or byline before date;
- paragraph per line, or hard-wrapped at 60-80 columns with blank lines between paragraphs;
- footers "Reference(s):" / "References:" with URL and/or domain, or "Source: URL|domain";
- UTF-8, UTF-8 with BOM, UTF-16 (both byte orders, with BOM), Windows-1252; LF or CRLF.

    python3 bench/txt-variants.py OUT_DIR [--from DEV_TXT_DIR] [--seed N]
    python3 bench/extract-txt.py OUT_DIR

The truth is copied unchanged except that a date whose line was left out is no longer asked for.
Exits 0 with a message when the eval folder is absent.
"""
import argparse
import datetime as dt
import json
import random
import shutil
import sys
import textwrap
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

MON = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
       "October", "November", "December"]
WD = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
DE = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
      "November", "Dezember"]
FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
      "novembre", "décembre"]
ES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
      "noviembre", "diciembre"]
RU = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
      "ноября", "декабря"]
AGENCIES = ["Reuters", "Associated Press", "AFP", "Staff Writer", "Senior Correspondent", "CNN", "Bloomberg"]


def date_line(d, r):
    m, ab = d.month, MON[d.month - 1][:3]
    ampm = "p.m." if d.hour >= 12 else "a.m."
    return r.choice([
        f"{MON[m - 1]} {d.day}, {d.year}", f"{d.day} {MON[m - 1]} {d.year}", f"{d:%Y-%m-%d}",
        f"Published: {ab} {d.day}, {d.year} {d:%H:%M}", f"Updated {d:%d.%m.%Y}",
        f"{WD[d.weekday()]}, {MON[m - 1]} {d.day}, {d.year}", f"Posted on {MON[m - 1]} {d.day}, {d.year}",
        f"{ab}. {d.day}, {d.year} {d.hour % 12 or 12}:{d:%M} {ampm} ET",
        f"Published {d.day} {MON[m - 1]} {d.year}", f"Last updated: {d:%Y-%m-%d %H:%M}",
        f"{d.day}. {DE[m - 1]} {d.year}", f"{d.day} {FR[m - 1]} {d.year}", f"{d.day} de {ES[m - 1]} de {d.year}",
        f"{d.day} {RU[m - 1]} {d.year}", f"Publié le {d.day} {FR[m - 1]} {d.year} à {d:%Hh%M}",
        f"Aktualisiert am {d:%d.%m.%Y}, {d:%H:%M} Uhr", f"{WD[d.weekday()]} {d.day} {MON[m - 1]} {d.year} {d:%H.%M}",
        f"Date: {d:%Y/%m/%d}", f"{d.day:02d} {ab} {d.year}", f"{MON[m - 1].upper()} {d.day}, {d.year}",
    ])


def byline(authors, r):
    if len(authors) == 1:
        names = authors[0]
    elif r.random() < 0.5:
        names = ", ".join(authors[:-1]) + " and " + authors[-1]
    else:
        names = ", ".join(authors[:-1]) + (", and " if len(authors) > 2 else " & ") + authors[-1]
    k = r.random()
    if k < 0.55:
        return "By " + names
    if k < 0.65:
        return "BY " + names
    if k < 0.72:
        return "By: " + names
    if k < 0.80:
        return "Written by " + names
    if len(authors) == 1:
        return f"By {names}, {r.choice(AGENCIES)}" if k < 0.9 else f"By {names} | {r.choice(AGENCIES)}"
    return "By " + names


def footer(original_lines, truth, r):
    url = None
    tail = original_lines[-3:]
    for i, line in enumerate(tail):
        if line.startswith("Reference(s):") or line.startswith("Source: "):
            url = line[len("Source: "):] if line.startswith("Source: ") else tail[-1]
    if url is None:
        return []
    domain = truth["source_domain"]
    k = r.random()
    if k < 0.35:
        return ["Reference(s):", url]
    if k < 0.6:
        return ["Source: " + url]
    if k < 0.7:
        return ["References:", url, domain] if url != domain else ["References:", domain]
    if k < 0.8:
        return ["Source: " + domain]
    return ["Reference(s):", domain]


def reshape(t, original, r):
    lines = [l for l in original.split("\n") if l.strip()]
    foot = footer(lines, t, r)
    header = []
    if t["title"]:
        header.append(t["title"])
    if t["date"]:
        if r.random() < 0.95:
            header.append(date_line(dt.datetime.fromisoformat(t["date"].replace("Z", "+00:00")), r))
        else:
            t = dict(t, date=None)
    if t["authors"]:
        header.append(byline(t["authors"], r))
    if t["title"] and len(header) == 3 and r.random() < 0.15:
        header[1:] = header[:0:-1]
    paragraphs = t["body"].split("\n\n")
    if r.random() < 0.4:
        width = r.randint(60, 80)
        k = r.random()
        if k < 0.4 or not header:
            blocks = list(header)
        elif k < 0.7 or not t["title"]:
            blocks = ["\n".join(header)]
        else:
            blocks = [header[0]] + (["\n".join(header[1:])] if header[1:] else [])
        for p in paragraphs:
            blocks.append("\n".join(textwrap.wrap(p, width, break_long_words=False, break_on_hyphens=False)) or p)
        blocks += ["\n".join(foot)] if foot and r.random() < 0.5 else foot
        text = "\n\n".join(blocks) + "\n"
    else:
        text = "\n".join(header + [p.replace("\n", " ") for p in paragraphs] + foot) + "\n\n\n"
    if r.random() < 0.3:
        text = text.replace("\n", "\r\n")
    encoding = r.choice(["utf-8", "utf-8", "utf-8-sig", "utf-16", "utf-16-be-bom", "cp1252"])
    try:
        data = b"\xfe\xff" + text.encode("utf-16-be") if encoding == "utf-16-be-bom" else text.encode(encoding)
    except UnicodeEncodeError:
        data = text.encode("utf-8")
    return t, data


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out")
    ap.add_argument("--from", dest="source", default=str(REPO.parent / "shared" / "eval" / "dev-txt"))
    ap.add_argument("--seed", type=int, default=7)
    a = ap.parse_args()
    src = Path(a.source)
    if not (src / "truth.jsonl").is_file():
        print(f"txt-variants: no eval set at {src}; nothing to reshape")
        return 0
    out = Path(a.out)
    (out / "txt").mkdir(parents=True, exist_ok=True)
    rows = [json.loads(l) for l in (src / "truth.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
    truth = []
    for t in rows:
        r = random.Random(f"{a.seed}:{t['id']}")
        t2, data = reshape(t, (src / t["file"]).read_text(encoding="utf-8"), r)
        (out / t["file"]).write_bytes(data)
        truth.append(t2)
    (out / "truth.jsonl").write_text("".join(json.dumps(t, ensure_ascii=False) + "\n" for t in truth), encoding="utf-8")
    if (src.parent / "score.py").is_file() and not (out.parent / "score.py").exists():
        print(f"(score with: python3 bench/extract-txt.py {out} --scorer {src.parent / 'score.py'})")
    print(f"txt-variants: wrote {len(truth)} files to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
