#!/usr/bin/env python3
"""Writes a folder of varied sample articles for looking at the theme and testing the site.

    python3 bench/sample-archive.py /tmp/sample 50
    java -jar gen.jar build --input /tmp/sample --output /tmp/sample-site

Articles vary in format (Markdown with front matter, plain text with headline and date lines),
date (across years and months, month-only, year-only and unknown), source, tags, authors,
language and direction (English, French, German, Arabic, Chinese), length, and awkward titles
(very long words, markup characters, a "</script>"). The output is the same for the same count.
"""
import random
import sys
from pathlib import Path

SOURCES = [
    ("Reuters", "reuters.com"), ("Associated Press", "apnews.com"), ("Le Monde", "lemonde.fr"),
    ("Al Jazeera", "aljazeera.net"), ("Xinhua", "xinhuanet.com"), ("Deutsche Welle", "dw.com"),
    ("The Guardian", "theguardian.com"),
]
TAGS = ["climate", "elections", "economy", "health", "technology", "diplomacy", "energy", "culture"]
PEOPLE = ["Angela Merkel", "Emmanuel Macron", "Xi Jinping", "Jacinda Ardern", "Kofi Annan", "Greta Thunberg"]
PLACES = ["Paris", "Berlin", "Beijing", "Nairobi", "Cairo", "Lima", "Jakarta"]
ORGS = ["United Nations", "World Health Organization", "European Union", "African Union"]
AUTHORS = ["Jane Doe", "Ahmed Khan", "Li Wei", "Maria García", "Tom O'Neil", "Ana-Lucía Pérez"]

EN_SENTENCES = [
    "Officials from {p1} met counterparts in {pl} on Tuesday to discuss a new agreement on {t}.",
    "The {o} said the talks had been constructive, though several questions remained open.",
    "Analysts expect the decision to affect markets across the region for months to come.",
    "“We are at a turning point,” said {p1}, adding that progress on {t} could not wait.",
    "Critics argued the plan lacked funding and a clear timetable for implementation.",
    "Residents of {pl} gathered in the central square as the announcement was broadcast.",
    "The report, published by the {o}, runs to more than two hundred pages.",
    "Negotiators will meet again next month, according to a statement released late in the evening.",
]
FR = ("Les négociations sur le climat reprennent à Paris",
      "Les délégués de plus de cent pays se sont réunis lundi à Paris pour relancer les négociations. "
      "« Nous n'avons plus de temps à perdre », a déclaré la ministre devant la presse.\n\n"
      "Les organisations non gouvernementales saluent un premier pas, mais restent prudentes.")
DE = ("Neue Energiepolitik: Bundestag stimmt über Gesetz ab",
      "Der Bundestag in Berlin hat am Donnerstag über das neue Energiegesetz abgestimmt. "
      "Die Opposition kritisierte die Vorlage als unzureichend.\n\n"
      "Übermäßige Bürokratie solle abgebaut werden, hieß es aus dem Ministerium für Wirtschaft und Klimaschutz.")
AR = ("قمة إقليمية في القاهرة لبحث أزمة المياه",
      "اجتمع وزراء من عدة دول عربية في القاهرة يوم الأحد لبحث أزمة المياه المتفاقمة في المنطقة. "
      "وقال المتحدث الرسمي إن المحادثات كانت بناءة.\n\n"
      "ومن المتوقع أن تستمر الاجتماعات حتى نهاية الأسبوع، بمشاركة خبراء من الأمم المتحدة.")
ZH = ("北京举行国际科技合作论坛",
      "来自三十多个国家的代表周三在北京出席国际科技合作论坛，讨论人工智能和清洁能源领域的合作。"
      "与会者表示，加强开放合作符合各方利益。\n\n"
      "论坛期间共签署了十二项合作协议，涉及新能源汽车、数字经济和公共卫生等领域。")
AWKWARD = [
    "A title with </script><script>alert(1)</script> & “quotes” in it",
    "Supercalifragilisticexpialidocious-and-antidisestablishmentarianism-without-any-spaces-at-all-whatsoever headline",
    "Tags <b>bold</b> & ampersands: what happens to 5 < 6 > 4?",
]


def yaml_str(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def article(i, rnd):
    kind = i % 10
    src = SOURCES[rnd.randrange(len(SOURCES))]
    year = 2019 + rnd.randrange(6)
    month = 1 + rnd.randrange(12)
    day = 1 + rnd.randrange(28)
    date = f"{year}-{month:02d}-{day:02d}"
    if i % 13 == 0:
        date = None  # unknown
    elif i % 17 == 0:
        date = f"{year}-{month:02d}"
    elif i % 19 == 0:
        date = f"{year}"
    tags = rnd.sample(TAGS, 1 + rnd.randrange(3))
    p1 = rnd.choice(PEOPLE)
    pl = rnd.choice(PLACES)
    o = rnd.choice(ORGS)
    lang = "en"
    if kind == 3:
        title, body, lang, src = FR[0], FR[1], "fr", ("Le Monde", "lemonde.fr")
    elif kind == 5:
        title, body, lang, src = AR[0], AR[1], "ar", ("Al Jazeera", "aljazeera.net")
    elif kind == 7:
        title, body, lang, src = ZH[0], ZH[1], "zh", ("Xinhua", "xinhuanet.com")
    elif kind == 9 and i // 10 < len(DE) - 1:
        title, body, lang, src = DE[0], DE[1], "de", ("Deutsche Welle", "dw.com")
    else:
        if i < len(AWKWARD):
            title = AWKWARD[i]
        else:
            title = f"{pl} talks on {tags[0]} enter a {rnd.choice(['decisive', 'difficult', 'new', 'final'])} phase ({i})"
        n = 3 + rnd.randrange(12)
        paras = []
        for k in range(n):
            s = " ".join(rnd.choice(EN_SENTENCES) for _ in range(2 + rnd.randrange(3)))
            paras.append(s.format(p1=p1, pl=pl, t=tags[0], o=o))
        body = "\n\n".join(paras)
    url = f"https://www.{src[1]}/news/{year}/{i:04d}-story" if i % 4 != 0 else None
    authors = rnd.sample(AUTHORS, rnd.randrange(3))
    if i % 2 == 0:
        fm = ["---", f"title: {yaml_str(title)}"]
        if date:
            fm.append(f"date: {yaml_str(date)}")
        if authors:
            fm.append("authors: [" + ", ".join(yaml_str(a) for a in authors) + "]")
        fm.append(f"source: {yaml_str(src[0])}")
        if url:
            fm.append(f"url: {url}")
        fm.append("tags: [" + ", ".join(tags) + "]")
        fm.append(f"lang: {lang}")
        fm.append("---")
        return f"{i:03d}-article.md", "\n".join(fm) + "\n\n" + body + "\n"
    lines = [title]
    if date and len(date) == 10:
        lines.append(date)
    if authors:
        lines.append("By " + " and ".join(authors))
    lines.append("")
    lines.append(body)
    lines.append("")
    lines.append("Source: " + (url or f"https://{src[1]}/"))
    return f"{i:03d}-article.txt", "\n".join(lines) + "\n"


def main():
    out = Path(sys.argv[1])
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 50
    out.mkdir(parents=True, exist_ok=True)
    rnd = random.Random(42)
    for i in range(count):
        name, text = article(i, rnd)
        (out / name).write_text(text, encoding="utf-8")
    print(f"wrote {count} articles to {out}")


if __name__ == "__main__":
    main()
