#!/usr/bin/env python3
"""Extraction quality on plain-text articles: runs `gen extract --json` over a folder of saved
texts with known answers and scores the output with the eval set's scorer.

    python3 bench/extract-txt.py [DEV_TXT_DIR] [--jar gen.jar] [--keep DIR] [--per-page]

DEV_TXT_DIR holds `txt/*.txt` and `truth.jsonl` (default: ../shared/eval/dev-txt relative to the
repository). The scorer is `score.py` in the folder above it. Source domain is not scored by
score.py, so it is scored here: exact match of the predicted source domain (lower-cased, without
"www.") over the files whose truth names one; predictions on files without one are counted as
false positives. Exits 0 with a message when the folder is absent.
"""
import argparse
import json
import subprocess
import sys
import shutil
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def norm_domain(d):
    if not d:
        return None
    d = d.strip().lower().rstrip(".")
    return d[4:] if d.startswith("www.") else d


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("dev", nargs="?", default=str(REPO.parent / "shared" / "eval" / "dev-txt"))
    ap.add_argument("--jar", default=str(REPO / "gen.jar"))
    ap.add_argument("--keep", help="write preds.jsonl, raw.jsonl and per-page.jsonl into this folder")
    ap.add_argument("--per-page", action="store_true", help="list the files that miss on each field")
    ap.add_argument("--scorer", help="score.py to use (default: the one next to DEV_TXT_DIR, else the eval set's)")
    a = ap.parse_args()

    dev = Path(a.dev).resolve()
    truth_path = dev / "truth.jsonl"
    scorer = Path(a.scorer) if a.scorer else dev.parent / "score.py"
    if not scorer.is_file() and not a.scorer:
        scorer = REPO.parent / "shared" / "eval" / "score.py"
    if not truth_path.is_file() or not scorer.is_file():
        print(f"extract-txt: no eval set at {dev} (needs truth.jsonl, and score.py beside it or at ../shared/eval);"
              " nothing to measure")
        return 0
    if not Path(a.jar).is_file():
        print(f"extract-txt: {a.jar} not found; run `mvn package` first", file=sys.stderr)
        return 1

    truth = [json.loads(line) for line in truth_path.read_text(encoding="utf-8").splitlines() if line.strip()]
    files = [str(dev / t["file"]) for t in truth]
    out_dir = Path(a.keep) if a.keep else Path(tempfile.mkdtemp(prefix="extract-txt-"))
    out_dir.mkdir(parents=True, exist_ok=True)
    try:
        return score(a, truth, truth_path, scorer, files, out_dir)
    finally:
        if not a.keep:
            shutil.rmtree(out_dir, ignore_errors=True)


def score(a, truth, truth_path, scorer, files, out_dir):

    proc = subprocess.run(["java", "-jar", a.jar, "extract", "--json", *files],
                          capture_output=True, text=True, encoding="utf-8")
    if proc.stderr.strip():
        print(proc.stderr.strip(), file=sys.stderr)
    raw = [json.loads(line) for line in proc.stdout.splitlines() if line.strip()]
    if not raw:
        print(f"extract-txt: gen extract gave no output (exit {proc.returncode})", file=sys.stderr)
        return 1
    (out_dir / "raw.jsonl").write_text(proc.stdout, encoding="utf-8")

    preds = {}
    for r in raw:
        name = Path(r["file"]).name
        src = r.get("source") or {}
        preds[name] = {"id": name, "title": r.get("title"), "authors": r.get("authors") or None,
                       "date": r.get("date"), "body": r.get("body"),
                       "source_domain": norm_domain(src.get("domain"))}
    preds_path = out_dir / "preds.jsonl"
    with preds_path.open("w", encoding="utf-8") as f:
        for p in preds.values():
            f.write(json.dumps(p, ensure_ascii=False) + "\n")

    per_page = out_dir / "per-page.jsonl"
    scored = subprocess.run([sys.executable, str(scorer), str(preds_path), "--truth", str(truth_path),
                             "--per-page", str(per_page)], capture_output=True, text=True)
    if scored.returncode != 0:
        print(scored.stdout + scored.stderr, file=sys.stderr)
        return 1
    lines = scored.stdout.strip().splitlines()

    with_src = [t for t in truth if t.get("source_domain")]
    hits = sum(1 for t in with_src if preds.get(t["id"], {}).get("source_domain") == norm_domain(t["source_domain"]))
    false_pos = sum(1 for t in truth if not t.get("source_domain") and preds.get(t["id"], {}).get("source_domain"))
    src_acc = hits / len(with_src) if with_src else float("nan")

    if a.per_page:
        pages = {json.loads(l)["id"]: json.loads(l) for l in per_page.read_text(encoding="utf-8").splitlines()}
        for key in ("title_exact", "date_acc", "authors_f1"):
            bad = [i for i, r in pages.items() if key in r and r[key] < 1]
            print(f"{key} misses ({len(bad)}): {' '.join(sorted(bad))}")
        bad = sorted((r["body_f1"], i) for i, r in pages.items() if "body_f1" in r and r["body_f1"] < 0.98)
        print(f"body_f1 < 0.98 ({len(bad)}): " + " ".join(f"{i}={f:.3f}" for f, i in bad))
        bad = [t["id"] for t in truth if (preds.get(t["id"], {}).get("source_domain") or None) != norm_domain(t.get("source_domain"))]
        print(f"source_domain misses ({len(bad)}): {' '.join(sorted(bad))}")

    print("\n".join(lines[:-1]))
    print(f"source:  domain_acc={src_acc:.3f} (n={len(with_src)}) false_positives={false_pos}")
    print(lines[-1] + f" source_domain_acc={src_acc:.3f}")
    if a.keep:
        print(f"(outputs in {out_dir})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
