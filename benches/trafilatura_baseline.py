#!/usr/bin/env python3
"""Reference figures for the generic extractor: trafilatura's speed and word-level F1 on
../shared/extraction-dev (WCXB development split, credit "WCXB, Murrough Foley").

Usage (from the crate root):  python3 benches/trafilatura_baseline.py [--dump DIR]

Single process, `trafilatura.extract(html)` with default options; pages are decompressed and
decoded (UTF-8, invalid bytes replaced) before timing, and only the extract calls are timed.
Scoring is identical to `cargo bench --bench extract_eval`: lower-cased, whitespace-split
words, multiset overlap, P = overlap/extracted, R = overlap/truth, F1 per page averaged over
the pages that have `ground_truth.main_content`. `--dump DIR` writes each output as NNNN.txt.
Not used by any test.
"""
import gzip
import json
import os
import statistics
import sys
import time
from collections import Counter

import trafilatura

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "shared", "extraction-dev")


def prf(extracted: str, truth: str):
    e = Counter(extracted.lower().split())
    t = Counter(truth.lower().split())
    ne, nt = sum(e.values()), sum(t.values())
    if ne == 0 and nt == 0:
        return 1.0, 1.0, 1.0
    if ne == 0 or nt == 0:
        return 0.0, 0.0, 0.0
    overlap = sum((e & t).values())
    p, r = overlap / ne, overlap / nt
    f = 0.0 if overlap == 0 else 2 * p * r / (p + r)
    return f, p, r


def main():
    dump = None
    if "--dump" in sys.argv:
        dump = sys.argv[sys.argv.index("--dump") + 1]
        os.makedirs(dump, exist_ok=True)
    root = os.environ.get("EXTRACTION_DEV", ROOT)
    names = sorted(f[:-8] for f in os.listdir(os.path.join(root, "html")) if f.endswith(".html.gz"))
    pages = []
    total_bytes = 0
    for n in names:
        raw = gzip.open(os.path.join(root, "html", n + ".html.gz")).read()
        total_bytes += len(raw)
        pages.append((n, raw.decode("utf-8", errors="replace")))
    outputs = {}
    elapsed = 0.0
    for n, html in pages:
        t0 = time.perf_counter()
        out = trafilatura.extract(html)
        elapsed += time.perf_counter() - t0
        outputs[n] = out or ""
    fs, ps, rs = [], [], []
    for n, _ in pages:
        gt = json.load(open(os.path.join(root, "ground-truth", n + ".json")))["ground_truth"]
        truth = gt.get("main_content")
        if truth is None:
            continue
        f, p, r = prf(outputs[n], truth)
        fs.append(f)
        ps.append(p)
        rs.append(r)
        if dump:
            with open(os.path.join(dump, n + ".txt"), "w") as fh:
                fh.write(outputs[n])
    print(f"trafilatura {trafilatura.__version__}: {len(pages)} pages, {len(fs)} scored")
    print(f"F1 {statistics.mean(fs):.4f}  P {statistics.mean(ps):.4f}  R {statistics.mean(rs):.4f}  "
          f"median F1 {statistics.median(fs):.4f}  pages with F1 < 0.5: {sum(1 for f in fs if f < 0.5)}")
    print(f"speed: {len(pages) / elapsed:.1f} pages/s, {total_bytes / elapsed / 1e6:.2f} MB/s "
          f"(one process, {elapsed:.1f} s in extract)")


if __name__ == "__main__":
    main()
