#!/usr/bin/env python3
"""Checks that every internal href and src of every page of a built site names a file of the site.

    python3 bench/check-links.py site [BASE_PATH]

BASE_PATH (default "/") is where the site is served, e.g. "/news/" for a GitHub Pages project
site: absolute paths in pages (the 404 page's) are resolved under it. #fragments must name an id
in the target page. Prints each broken link and exits 1 if there is any.
"""
import sys
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit


class Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links, self.ids = [], set()

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if a.get("id"):
            self.ids.add(a["id"])
        if tag == "link" and a.get("rel") == "canonical":
            return
        for key in ("href", "src"):
            if a.get(key) is not None:
                self.links.append(a[key])


def parse(path, cache={}):
    if path not in cache:
        p = Links()
        p.feed(path.read_text(encoding="utf-8"))
        cache[path] = p
    return cache[path]


def main():
    site = Path(sys.argv[1]).resolve()
    base = sys.argv[2] if len(sys.argv) > 2 else "/"
    root = "http://site.invalid" + base
    broken, pages, links = [], 0, 0
    for page in sorted(site.rglob("*.html")):
        pages += 1
        rel = page.relative_to(site).as_posix()
        for link in parse(page).links:
            target = urlsplit(urljoin(root + rel, link))
            if target.scheme not in ("http", "https", "") or (target.netloc and target.netloc != "site.invalid"):
                continue
            links += 1
            if not target.path.startswith(base):
                broken.append(f"{rel}: {link} (outside {base})")
                continue
            file = unquote(target.path[len(base):])
            if file == "" or file.endswith("/"):
                file += "index.html"
            f = (site / file).resolve()
            if not f.is_file() or site not in f.parents:
                broken.append(f"{rel}: {link}")
            elif target.fragment and f.suffix == ".html" and target.fragment not in parse(f).ids:
                broken.append(f"{rel}: {link} (no such id)")
    for b in broken:
        print(b)
    print(f"{pages} pages, {links} internal links, {len(broken)} broken")
    sys.exit(1 if broken else 0)


if __name__ == "__main__":
    main()
