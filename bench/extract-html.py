#!/usr/bin/env python3
"""Extraction benchmark: runs `gen extract --json` over the saved pages of the shared eval set
(one JVM for all files), writes predictions in the scorer's format and prints the scorer's
summary line and the total extraction time.

    python3 bench/extract-html.py [--eval ../shared/eval] [--set dev|dev2] [--jar gen.jar] [--out preds.jsonl] [--by source]
    python3 bench/extract-html.py --per-page before.jsonl            # keep one run's per-page scores
    python3 bench/extract-html.py --compare before.jsonl             # a later run against it

--compare is the generalization check for a change: the mean of each metric per source and per
language, before and after, and every group that fell. A rule that lifts one group while another
falls fits the pages it was tuned on rather than pages in general.

Exits 0 with a message when the eval folder is absent (the product does not need it).
"""
import argparse
import json
import os
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--eval", default=os.path.join(REPO, "..", "shared", "eval"))
    ap.add_argument("--set", default="dev", choices=["dev", "dev2"], help="which page set to extract and score")
    ap.add_argument("--jar", default=os.path.join(REPO, "gen.jar"))
    ap.add_argument("--out", default=os.path.join(REPO, "target", "extract-html-preds.jsonl"))
    ap.add_argument("--by", choices=["source", "language"], help="also print the scorer's breakdown")
    ap.add_argument("--per-page", help="write the scorer's per-page results to this file")
    ap.add_argument("--compare", metavar="BEFORE", help="per-page results of an earlier run (--per-page) to compare with")
    args = ap.parse_args()

    dev = os.path.join(args.eval, args.set)
    truth_path = os.path.join(dev, "truth.jsonl")
    if not os.path.isfile(truth_path):
        print(f"extract-html: no eval set at {os.path.abspath(args.eval)}; nothing to measure")
        return 0
    if not os.path.isfile(args.jar):
        print(f"extract-html: {args.jar} not found; run `mvn package` first", file=sys.stderr)
        return 1

    ids = {}
    with open(truth_path, encoding="utf-8") as f:
        for line in f:
            t = json.loads(line)
            ids[os.path.normpath(os.path.join(dev, t["file"]))] = t["id"]
    files = sorted(ids)

    start = time.monotonic()
    proc = subprocess.run(
        ["java", "-jar", args.jar, "extract", "--json", *files],
        capture_output=True, text=True, encoding="utf-8")
    elapsed = time.monotonic() - start
    if proc.stderr.strip():
        sys.stderr.write(proc.stderr)

    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    written = 0
    with open(args.out, "w", encoding="utf-8") as out:
        for line in proc.stdout.splitlines():
            if not line.startswith("{"):
                continue
            o = json.loads(line)
            pid = ids.get(os.path.normpath(o["file"]))
            if pid is None:
                continue
            out.write(json.dumps({"id": pid, "title": o["title"], "authors": o["authors"],
                                  "date": o["date"], "body": o["body"]}, ensure_ascii=False) + "\n")
            written += 1

    score = [sys.executable, os.path.join(args.eval, "score.py"), args.out, "--truth", truth_path]
    if args.by:
        score += ["--by", args.by]
    per_page = args.per_page or (os.path.join(os.path.dirname(os.path.abspath(args.out)), "extract-html-per-page.jsonl")
                                 if args.compare else None)
    if per_page:
        score += ["--per-page", per_page]
    result = subprocess.run(score, capture_output=True, text=True)
    lines = result.stdout.strip().splitlines()
    print("\n".join(lines if args.by else lines[-1:]))
    print(f"pages={len(files)} extracted={written} time={elapsed:.1f}s (one JVM, including startup)")
    if args.compare:
        return compare(args.compare, per_page, truth_path)
    return 0


METRICS = ["title_exact", "date_acc", "authors_f1", "body_f1"]


def group_means(per_page_path, groups):
    sums = {}
    with open(per_page_path, encoding="utf-8") as f:
        for line in f:
            page = json.loads(line)
            for key in ("source:" + groups[page["id"]][0], "language:" + groups[page["id"]][1]):
                for m in METRICS:
                    if m in page and page[m] == page[m]:  # present and not NaN
                        s = sums.setdefault((key, m), [0.0, 0])
                        s[0] += page[m]
                        s[1] += 1
    return {k: (v[0] / v[1], v[1]) for k, v in sums.items()}


def compare(before_path, after_path, truth_path):
    groups = {}
    with open(truth_path, encoding="utf-8") as f:
        for line in f:
            t = json.loads(line)
            groups[t["id"]] = (t["source"], t.get("language") or "?")
    before, after = group_means(before_path, groups), group_means(after_path, groups)
    fell = []
    print("-- compare: group metric n before after")
    for key in sorted(after):
        b = before.get(key, (float("nan"), 0))[0]
        a, n = after[key]
        mark = ""
        if a < b - 0.0005:
            mark = "  FELL"
            fell.append(key)
        elif a > b + 0.0005:
            mark = "  rose"
        print(f"   {key[0]:18} {key[1]:12} {n:4} {b:.4f} {a:.4f}{mark}")
    print("groups that fell: " + (", ".join(f"{g} {m}" for g, m in fell) if fell else "none"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
